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

/** A cached read and what it rests on. */
interface Entry {
  /** When the value was computed or last confirmed current. */
  at: number;
  /** When the value was computed. */
  computedAt: number;
  value: Promise<unknown>;
  /** The stored results' generation read before computing the value. */
  generation?: number;
  refreshing?: boolean;
}

/** Whether a write changed what cached reads return. */
function changedResults(name: keyof MaturityStore, result: unknown): boolean {
  if (name !== 'applyEvaluations') return true;
  return (result as { changedEntities?: number })?.changedEntities !== 0;
}

/**
 * Wraps a store so that rollups and indicators — aggregates read far more
 * often than they change — are served from memory. Any local write clears
 * the cache and moves the stored results' generation on; once `ttlMs` has
 * passed, a cached value is kept when the stored generation did not move
 * (no instance wrote since) and read again otherwise. Values older than
 * `maxStaleMs` (default 20 × ttl, at least 10 minutes) are read again
 * whatever the generation says.
 */
export function withReadCache(
  store: MaturityStore,
  options: { ttlMs: number; maxEntries?: number; maxStaleMs?: number },
): MaturityStore {
  const maxEntries = options.maxEntries ?? 2_000;
  const maxStaleMs =
    options.maxStaleMs ?? Math.max(20 * options.ttlMs, 10 * 60_000);
  const cache = new Map<string, Entry>();
  // bumped by every clear, so that a refresh begun before a write is dropped
  let clears = 0;
  const clear = () => {
    clears += 1;
    cache.clear();
  };
  // the stored generation, read once for all the reads waiting on it
  let reading: Promise<number | undefined> | undefined;
  const storedGeneration = () => {
    reading ??= Promise.resolve()
      .then(() => store.readWriteGeneration())
      .catch(() => undefined)
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  const compute = (
    member: (...args: unknown[]) => Promise<unknown>,
    args: unknown[],
  ): Entry => {
    const now = Date.now();
    const entry: Entry = { at: now, computedAt: now, value: Promise.resolve() };
    entry.value = storedGeneration().then(generation => {
      entry.generation = generation;
      return member.apply(store, args);
    });
    return entry;
  };
  const stillCurrent = async (entry: Entry) => {
    if (entry.generation === undefined) return false;
    if (Date.now() - entry.computedAt >= maxStaleMs) return false;
    return (await storedGeneration()) === entry.generation;
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      const member = Reflect.get(target, property, receiver);
      if (typeof member !== 'function') return member;
      const name = property as keyof MaturityStore;
      if (CACHED.has(name)) {
        return async (...args: unknown[]) => {
          const key = `${String(name)}:${JSON.stringify(args)}`;
          const hit = cache.get(key);
          if (hit && Date.now() - hit.at < options.ttlMs) return hit.value;
          if (hit && (await stillCurrent(hit)) && cache.get(key) === hit) {
            hit.at = Date.now();
            return hit.value;
          }
          if (
            hit &&
            cache.get(key) === hit &&
            STALE_WHILE_REFRESHING.has(name)
          ) {
            if (!hit.refreshing) {
              hit.refreshing = true;
              const started = clears;
              const fresh = compute(member, args);
              fresh.value.then(
                () => {
                  if (clears === started) cache.set(key, fresh);
                },
                () => {
                  hit.refreshing = false;
                },
              );
            }
            return hit.value;
          }
          const current = cache.get(key);
          if (current && current !== hit) return current.value;
          const entry = compute(member, args);
          if (cache.size >= maxEntries) clear();
          cache.set(key, entry);
          entry.value.catch(() => {
            if (cache.get(key) === entry) cache.delete(key);
          });
          return entry.value;
        };
      }
      if (INVALIDATING.has(name)) {
        return async (...args: unknown[]) => {
          try {
            const result = await member.apply(target, args);
            if (changedResults(name, result)) {
              // other instances learn of it at their next time to live
              await Promise.resolve()
                .then(() => store.bumpWriteGeneration())
                .catch(() => undefined);
            }
            return result;
          } finally {
            clear();
          }
        };
      }
      return member.bind(target);
    },
  });
}
