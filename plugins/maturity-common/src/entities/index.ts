export type { EntityFieldPath, EntityProblem } from './entityProblems';
export { formatEntityPath, formatEntityProblem } from './entityProblems';
export { validateEntity } from './validateEntity';
export type { SpecRelation, SpecRelations } from './deriveRelations';
export {
  catalogRelationsOf,
  deriveReverseRelations,
  deriveSpecRelations,
  refKey,
  SPEC_RELATION_TYPES,
} from './deriveRelations';
export type { EntityRefLookup } from './relationEvidence';
export { relationEvidence } from './relationEvidence';
