/**
 * Extension points and types for modules of the Maturity backend.
 *
 * @packageDocumentation
 */

export type {
  FactRequirements,
  MaturityFactProvider,
  ProvidedEvidence,
} from './MaturityFactProvider';
export {
  maturityFactProvidersExtensionPoint,
  maturityModelsExtensionPoint,
} from './extensionPoints';
export type {
  MaturityFactProvidersExtensionPoint,
  MaturityModelsExtensionPoint,
} from './extensionPoints';
export {
  createMaturityEntityConditionalDecision,
  isMaturityEntityOwner,
  maturityEntityConditions,
  maturityEntityPermissionResourceRef,
  maturityEntityPermissionRules,
} from './permissions';
export type {
  MaturityEntityQuery,
  MaturityPermissionEntity,
} from './permissions';
