export { pluginChunkSizes } from './pluginChunkSizes';
export type { ChunkSizes } from './pluginChunkSizes';
export { chunkSizesFromSourceMaps } from './chunkSizesFromSourceMaps';
export type { ChunkFileSizes } from './chunkSizesFromSourceMaps';
