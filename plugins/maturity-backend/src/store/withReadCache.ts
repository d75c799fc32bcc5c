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

/**
 * Reads so costly (a campaign's whole scope with its history) that, once
 * the ttl has passed, the last value is still served while one refresh
 * runs; a local write still clears them at once.
 */
const STALE_WHILE_REFRESHING = new Set<keyof MaturityStore>([
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
  const cache = new Map<
    string,
    { at: number; value: Promise<unknown>; refreshing?: boolean }
  >();
  // bumped by every clear, so that a refresh begun before a write is dropped
  let generation = 0;
  const clear = () => {
    generation += 1;
    cache.clear();
  };
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
          if (hit && STALE_WHILE_REFRESHING.has(name)) {
            if (!hit.refreshing) {
              hit.refreshing = true;
              const started = generation;
              (member.apply(target, args) as Promise<unknown>).then(
                fresh => {
                  if (generation === started) {
                    cache.set(key, {
                      at: Date.now(),
                      value: Promise.resolve(fresh),
                    });
                  }
                },
                () => {
                  hit.refreshing = false;
                },
              );
            }
            return hit.value;
          }
          const value = member.apply(target, args) as Promise<unknown>;
          if (cache.size >= maxEntries) clear();
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
            clear();
          }
        };
      }
      return member.bind(target);
    },
  });
}
