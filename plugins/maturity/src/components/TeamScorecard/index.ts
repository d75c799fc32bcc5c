export { TeamScorecard } from './TeamScorecard';
export type { TeamScorecardProps } from './TeamScorecard';
