/*
 * The catalog service and fact provider of a bench backend whose catalog is
 * served by bench/catalogProcess.ts: the catalog's reads the maturity plugin
 * makes (streamEntities, getEntitiesByRefs, getEntityByRef) and the facts of
 * each batch, over HTTP with JSON, as a catalog client reads them.
 */
import {
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { StreamEntitiesRequest } from '@backstage/catalog-client';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { maturityFactProvidersExtensionPoint } from '@devops-maturity/plugin-maturity-node';
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** One request to the catalog process; its JSON answer. */
function request(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<any> {
  const url = new URL(path, base);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        agent,
        headers: payload ? { 'content-type': 'application/json' } : {},
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) {
            reject(
              new Error(`bench catalog ${path}: ${res.statusCode} ${text}`),
            );
          } else resolve(JSON.parse(text));
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The kinds a `{ kind: … }` filter names; undefined = every entity. */
function kindsOf(
  filter: StreamEntitiesRequest['filter'],
): string[] | undefined {
  if (filter === undefined) return undefined;
  const keys = Array.isArray(filter) ? [] : Object.keys(filter);
  if (Array.isArray(filter) || keys.length !== 1 || keys[0] !== 'kind') {
    throw new Error(
      `bench catalog: unsupported filter ${JSON.stringify(filter)}`,
    );
  }
  const kinds = (filter as { kind: string | string[] }).kind;
  return [kinds].flat().map(k => k.toLocaleLowerCase('en-US'));
}

/** The catalog service over the catalog process at `base`. */
export function remoteCatalogFactory(base: string) {
  const byRefs = async (refs: string[]): Promise<(Entity | undefined)[]> =>
    (
      (await request(base, 'POST', '/by-refs', {
        refs: refs.map(ref => stringifyEntityRef(parseEntityRef(ref))),
      })) as (Entity | null)[]
    ).map(e => e ?? undefined);
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () =>
      ({
        async *streamEntities(req: StreamEntitiesRequest = {}) {
          const limit = req.pageSize ?? 500;
          for (const kind of kindsOf(req.filter) ?? [undefined]) {
            for (let offset = 0; ; offset += limit) {
              const page = (await request(
                base,
                'GET',
                `/entities?offset=${offset}&limit=${limit}${
                  kind ? `&kind=${encodeURIComponent(kind)}` : ''
                }`,
              )) as Entity[];
              if (page.length) yield page;
              if (page.length < limit) break;
            }
          }
        },
        async getEntitiesByRefs(req: { entityRefs: string[] }) {
          return { items: await byRefs(req.entityRefs) };
        },
        async getEntityByRef(ref: string) {
          return (await byRefs([ref]))[0];
        },
      } as any),
  });
}

/** Serves the catalog process's facts as TechInsights evidence. */
export function remoteFactsModule(base: string) {
  return createBackendModule({
    pluginId: 'maturity',
    moduleId: 'bench-facts',
    register(reg) {
      reg.registerInit({
        deps: { providers: maturityFactProvidersExtensionPoint },
        async init({ providers }) {
          providers.addFactProvider({
            id: 'bench-facts',
            async getEvidence({ entities: batch }) {
              const pairs = (await request(base, 'POST', '/facts', {
                refs: batch.map(e => stringifyEntityRef(e)),
              })) as [string, any][];
              return new Map(
                pairs.map(([ref, f]) => [ref, { techInsights: f }] as const),
              );
            },
          });
        },
      });
    },
  });
}
