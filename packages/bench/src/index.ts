/**
 * Shared code of the benchmarks in `bench/`: the seeded entity generator,
 * the comparison with TechInsights' JSON-rules-engine fact checker, the
 * open-loop load generator and the plugin's chunk sizes in the app build.
 *
 * @packageDocumentation
 */

export { BENCH_NOW, generateEntities } from './generateEntities';
export { loadDefaultModel } from './defaultModel';
export { median } from './median';
export { pluginChunkSizes } from './frontendChunks';
export type { ChunkSizes } from './frontendChunks';
export { chunkSizesFromSourceMaps } from './frontendChunks';
export type { ChunkFileSizes } from './frontendChunks';
export { percentile, runOpenLoop } from './openLoop';
export type {
  OpenLoopAnswer,
  OpenLoopOptions,
  OpenLoopResult,
} from './openLoop';
export { compareResults } from './vsTechInsights/compareResults';
export type { Agreement } from './vsTechInsights/compareResults';
export {
  countPassedByJsonfc,
  countPassedByOurChecks,
  countPassedByOurEvaluation,
  runJsonfc,
  runOurs,
  setUpComparison,
} from './vsTechInsights/setUpComparison';
export type { Comparison } from './vsTechInsights/setUpComparison';
