import type { APIRequestContext } from '@playwright/test';
import { getJson } from './backendApi';
import { poll } from './poll';
import { BACKEND_URL } from './portal';

const ENTITIES = `${BACKEND_URL}/api/catalog/entities`;

/** How many catalog entities there are of the given kinds. */
export async function countEntities(
  request: APIRequestContext,
  token: string,
  kinds: string[],
): Promise<number> {
  const filter = kinds.map(kind => `filter=kind=${kind}`).join('&');
  const body = await getJson(
    request,
    token,
    `${ENTITIES}/by-query?${filter}&limit=1&fields=kind`,
  );
  return body.totalItems;
}

/** Whether the catalog lists the user as a member of the group. */
export async function isMember(
  request: APIRequestContext,
  token: string,
  userName: string,
  groupRef: string,
): Promise<boolean> {
  const user = await getJson(
    request,
    token,
    `${ENTITIES}/by-name/user/default/${userName}`,
  );
  return (user.relations ?? []).some(
    (relation: { type: string; targetRef: string }) =>
      relation.type === 'memberOf' && relation.targetRef === groupRef,
  );
}

/** Every entity's uid and etag; the etag changes whenever it is re-stitched. */
async function fingerprint(request: APIRequestContext, token: string) {
  const parts: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await getJson(
      request,
      token,
      `${ENTITIES}/by-query?limit=500&fields=metadata.uid,metadata.etag${
        cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
      }`,
    );
    for (const entity of page.items) {
      parts.push(`${entity.metadata.uid}:${entity.metadata.etag}`);
    }
    cursor = page.pageInfo?.nextCursor;
  } while (cursor);
  return parts.sort().join(',');
}

/**
 * Waits until no catalog entity changed for `quietMs` (the catalog processes
 * and stitches entities, relations to other entities included, in the
 * background) and returns when it last changed.
 */
export async function waitForSettledCatalog(
  request: APIRequestContext,
  token: string,
  options: { quietMs: number; timeoutMs: number },
): Promise<number> {
  let last = '';
  let changedAt = Date.now();
  return poll(
    'the catalog to settle',
    async () => {
      const current = await fingerprint(request, token);
      if (current !== last) {
        last = current;
        changedAt = Date.now();
        return undefined;
      }
      return Date.now() - changedAt >= options.quietMs ? changedAt : undefined;
    },
    { timeoutMs: options.timeoutMs, intervalMs: 2000 },
  );
}
