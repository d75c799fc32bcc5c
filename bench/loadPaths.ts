/*
 * The request paths of the load clients (loadClient.ts, openLoopClient.ts),
 * relative to the maturity API: a random generated component's scorecard, the
 * org rollup, a random department's rollup, the bench campaign's progress.
 */

/** The endpoints the load clients request. */
export type LoadPathKind =
  | 'scorecard'
  | 'scorecard-results'
  | 'rollup'
  | 'group'
  | 'campaign-progress';

/** What the paths are drawn from. */
export interface LoadPathOptions {
  paths: LoadPathKind;
  /** Generated components (service-0 … service-N-1). */
  entities: number;
  /** Departments of the generated org (dept-0 …). */
  departments: number;
  /** The bench campaign's id. */
  campaign: string;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The next-path function of `options.paths` (seeded: the same sequence every time). */
export function pathFor(options: LoadPathOptions): () => string {
  const random = prng(7);
  const pick = (n: number) => Math.floor(random() * n);
  const paths: Record<LoadPathKind, () => string> = {
    scorecard: () =>
      `/entities/component/default/service-${pick(options.entities)}/scorecard`,
    'scorecard-results': () =>
      `/entities/component/default/service-${pick(
        options.entities,
      )}/scorecard?view=results`,
    rollup: () => '/rollups',
    group: () => `/groups/default/dept-${pick(options.departments)}/rollup`,
    'campaign-progress': () => `/campaigns/${options.campaign}/progress`,
  };
  const next = paths[options.paths];
  if (!next) throw new Error(`unknown path kind '${options.paths}'`);
  return next;
}
