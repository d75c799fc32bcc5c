export { ScorecardChecks } from './ScorecardChecks';
export type { ScorecardChecksProps } from './ScorecardChecks';
