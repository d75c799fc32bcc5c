import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError, ServiceUnavailableError } from '@backstage/errors';
import type { EntityListItem } from '@devops-maturity/plugin-maturity-common';
import { parseEntityListPage } from './parseEntityListPage';

/** Entities per `GET /entities` page: the most the maturity backend serves. */
const PAGE_SIZE = 1000;

/**
 * Reads the evaluated entities of a model from the maturity backend
 * (`GET /entities`), page after page, with a plugin-to-plugin token of the
 * calling plugin. Any failure (no connection, an error status, a garbled
 * page) throws a `ServiceUnavailableError` that says what happened and
 * nothing is returned, so no partial list is ever used.
 */
export class MaturityEntitiesClient {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;
  readonly #fetch: typeof fetch;

  constructor(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    /** The fetch implementation; the global one by default. */
    fetch?: typeof fetch;
  }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
    this.#fetch = options.fetch ?? fetch;
  }

  /** Every evaluated entity of the model, of the kind when one is given. */
  async listAll(query: {
    modelId: string;
    kind?: string;
  }): Promise<EntityListItem[]> {
    const baseUrl = await this.#discovery.getBaseUrl('maturity');
    const { token } = await this.#auth.getPluginRequestToken({
      onBehalfOf: await this.#auth.getOwnServiceCredentials(),
      targetPluginId: 'maturity',
    });
    const items: EntityListItem[] = [];
    const seenCursors = new Set<string>();
    let cursor: string | undefined;
    do {
      const params = new URLSearchParams({
        model: query.modelId,
        limit: String(PAGE_SIZE),
      });
      if (query.kind !== undefined) params.set('kind', query.kind);
      if (cursor !== undefined) params.set('cursor', cursor);
      const page = parseEntityListPage(
        await this.#getJson(`${baseUrl}/entities?${params}`, token),
      );
      items.push(...page.items);
      cursor = page.nextCursor;
      if (cursor !== undefined) {
        if (seenCursors.has(cursor)) {
          throw new ServiceUnavailableError(
            'GET /entities of the maturity backend answered the same nextCursor twice',
          );
        }
        seenCursors.add(cursor);
      }
    } while (cursor !== undefined);
    return items;
  }

  async #getJson(url: string, token: string): Promise<unknown> {
    let response: Response;
    try {
      response = await this.#fetch(url, {
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
        },
      });
    } catch (error) {
      throw new ServiceUnavailableError(
        `Cannot reach the maturity backend for GET /entities: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
    if (!response.ok) {
      const error = await ResponseError.fromResponse(response);
      const detail = error.cause?.message;
      const useful = detail && !detail.startsWith('Request failed with status');
      throw new ServiceUnavailableError(
        `GET /entities of the maturity backend answered HTTP ${
          error.statusCode
        } ${error.statusText}${useful ? `: ${detail}` : ''}`.trim(),
      );
    }
    try {
      return await response.json();
    } catch {
      throw new ServiceUnavailableError(
        'GET /entities of the maturity backend answered a body that is not JSON',
      );
    }
  }
}
