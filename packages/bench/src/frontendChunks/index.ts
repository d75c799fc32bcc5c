export { pluginChunkSizes } from './pluginChunkSizes';
export type { ChunkSizes } from './pluginChunkSizes';
