import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../api/MaturityApi';
import type { EntityListItem, EntityListQuery } from '../api/types';

/** The page size and the most pages read for one table. */
export const ENTITY_PAGE_SIZE = 1000;
const MAX_PAGES = 10;

/**
 * Reads every page of `GET /entities` for a query (up to 10 000 entities);
 * `truncated` tells when more were left unread.
 */
export async function fetchAllEntities(
  list: (query: EntityListQuery) => Promise<{
    items: EntityListItem[];
    totalCount: number;
    nextCursor?: string;
  }>,
  query: Omit<EntityListQuery, 'cursor' | 'limit'>,
): Promise<{
  items: EntityListItem[];
  totalCount: number;
  truncated: boolean;
}> {
  const items: EntityListItem[] = [];
  let cursor: string | undefined;
  let totalCount = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await list({ ...query, cursor, limit: ENTITY_PAGE_SIZE });
    items.push(...result.items);
    totalCount = result.totalCount;
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return { items, totalCount, truncated: Boolean(cursor) };
}

/** Every evaluated entity matching a query, reloaded when the query changes. */
export function useAllEntities(
  query: Omit<EntityListQuery, 'cursor' | 'limit'> | undefined,
) {
  const api = useApi(maturityApiRef);
  const key = JSON.stringify(query ?? null);
  return useAsyncRetry(async () => {
    if (!query) return undefined;
    return fetchAllEntities(q => api.listEntities(q), query);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
}
