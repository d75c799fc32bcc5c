/*
 * The request paths of the load clients (loadClient.js, openLoopClient.js),
 * relative to the maturity API: a random generated component's scorecard, the
 * org rollup, a random department's rollup, the bench campaign's progress.
 */
'use strict';

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The next-path function for `options.paths` (scorecard, scorecard-results,
 * rollup, group, campaign-progress); `options.entities` components,
 * `options.departments` departments, campaign `options.campaign`.
 */
function pathFor(options) {
  const random = prng(7);
  const pick = n => Math.floor(random() * n);
  const paths = {
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

module.exports = { pathFor };
