export { OrgStaleEvidence } from './OrgStaleEvidence';
export type { OrgStaleEvidenceProps } from './OrgStaleEvidence';
