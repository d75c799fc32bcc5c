import type { MaturityStore } from './MaturityStore';

/**
 * Reads served from the cache; everything else passes through. Scorecards
 * are not among them: one indexed row each, and caching every entity's would
 * hold the whole store in memory.
 */
const CACHED = new Set<keyof MaturityStore>([
  'getGroupRollup',
  'getOrgRollup',
  'getUnownedRollup',
  'getRollupTrend',
  'getIndicatorValues',
  'readCampaignScope',
]);

/** Writes that change what the cached reads return. */
const INVALIDATING = new Set<keyof MaturityStore>([
  'applyEvaluations',
  'deleteEntities',
  'deleteChecksNotIn',
  'replaceGroups',
  'writeRollupSnapshot',
  'writeIndicatorSnapshot',
  'createAttestation',
  'importAttestations',
  'revokeAttestation',
  'createWaiver',
  'revokeWaiver',
  'pruneHistory',
]);

/**
 * Wraps a store so that rollups and indicators — aggregates read far more often than they
 * change — are served from memory. Any local write clears the cache;
 * `ttlMs` bounds how stale a read can be when another instance wrote.
 */
export function withReadCache(
  store: MaturityStore,
  options: { ttlMs: number; maxEntries?: number },
): MaturityStore {
  const maxEntries = options.maxEntries ?? 2_000;
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  return new Proxy(store, {
    get(target, property, receiver) {
      const member = Reflect.get(target, property, receiver);
      if (typeof member !== 'function') return member;
      const name = property as keyof MaturityStore;
      if (CACHED.has(name)) {
        return (...args: unknown[]) => {
          const key = `${String(name)}:${JSON.stringify(args)}`;
          const hit = cache.get(key);
          const now = Date.now();
          if (hit && now - hit.at < options.ttlMs) return hit.value;
          const value = member.apply(target, args) as Promise<unknown>;
          if (cache.size >= maxEntries) cache.clear();
          cache.set(key, { at: now, value });
          value.catch(() => cache.delete(key));
          return value;
        };
      }
      if (INVALIDATING.has(name)) {
        return async (...args: unknown[]) => {
          try {
            return await member.apply(target, args);
          } finally {
            cache.clear();
          }
        };
      }
      return member.bind(target);
    },
  });
}
