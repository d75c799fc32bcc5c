export { percentile, runOpenLoop } from './runOpenLoop';
export type {
  OpenLoopAnswer,
  OpenLoopOptions,
  OpenLoopResult,
} from './runOpenLoop';
