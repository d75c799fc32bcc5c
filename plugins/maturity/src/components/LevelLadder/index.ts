export { LevelLadder } from './LevelLadder';
export type { LevelLadderProps } from './LevelLadder';
