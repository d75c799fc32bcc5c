/*
 * The catalog of bench/refresh.ts: Backstage's in-memory catalog test double
 * (`catalogServiceMock`) with the two reads the maturity backend makes per
 * run served from indexes, as the real catalog serves them from its
 * database. The test double builds the search rows of every entity for
 * every page it answers (quadratic in the catalog size: 2 s of a 10 000
 * entity run), which no real catalog does. `--catalog-mock` benchmarks with
 * the test double unchanged.
 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { StreamEntitiesRequest } from '@backstage/catalog-client';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

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

export function indexedCatalogFactory(entities: Entity[]) {
  const mock = catalogServiceMock({ entities });
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const byKind = new Map<string, Entity[]>();
  for (const entity of entities) {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    const list = byKind.get(kind) ?? [];
    list.push(entity);
    byKind.set(kind, list);
  }
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => {
      const indexed: Record<string, unknown> = {
        async *streamEntities(request: StreamEntitiesRequest = {}) {
          const kinds = kindsOf(request.filter);
          const selected = kinds
            ? kinds.flatMap(kind => byKind.get(kind) ?? [])
            : entities;
          const size = request.pageSize ?? 500;
          for (let start = 0; start < selected.length; start += size) {
            yield selected.slice(start, start + size);
          }
        },
        async getEntitiesByRefs(request: { entityRefs: string[] }) {
          return {
            items: request.entityRefs.map(ref =>
              byRef.get(stringifyEntityRef(parseEntityRef(ref))),
            ),
          };
        },
        async getEntityByRef(ref: string) {
          return byRef.get(stringifyEntityRef(parseEntityRef(ref)));
        },
      };
      // everything else: the test double itself
      return new Proxy(mock, {
        get: (target, property, receiver) =>
          typeof property === 'string' && property in indexed
            ? indexed[property]
            : Reflect.get(target, property, receiver),
      });
    },
  });
}
