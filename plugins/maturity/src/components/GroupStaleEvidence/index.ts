export { GROUP_STALE_LISTED, GroupStaleEvidence } from './GroupStaleEvidence';
export type { GroupStaleEvidenceProps } from './GroupStaleEvidence';
