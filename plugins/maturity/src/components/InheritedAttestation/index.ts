export { InheritedAttestation } from './InheritedAttestation';
export type { InheritedAttestationProps } from './InheritedAttestation';
