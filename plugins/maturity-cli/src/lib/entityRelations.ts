import {
  catalogRelationsOf,
  deriveReverseRelations,
  refKey,
  relationEvidence,
} from '@devops-maturity/plugin-maturity-common';
import type { CatalogEntity } from './catalogFiles';

/**
 * Gives the entities read from catalog files the relations the catalog would
 * store on them: those of their own spec and those other entities' specs
 * give them (`ownerOf`, `hasMember`, `apiProvidedBy`, …), derived as the
 * catalog's built-in processor does. A target read from the files exists;
 * any other one may exist in the live catalog, so its existence stays
 * unknown.
 */
export function addCatalogRelations(items: CatalogEntity[]): void {
  const reverse = deriveReverseRelations(items.map(item => item.entity));
  const read = new Set(items.map(item => refKey(item.entityRef)));
  const exists = (ref: string) => (read.has(refKey(ref)) ? true : undefined);
  for (const item of items) {
    const relations = catalogRelationsOf(item.entity, reverse);
    item.entity = { ...item.entity, relations };
    item.relations = relationEvidence(relations, exists);
  }
}

/**
 * `--whole-catalog`: the files read are the whole catalog, so a relation
 * target not defined in them does not exist, as the portal would find.
 */
export function markTargetsOutsideMissing(items: CatalogEntity[]): void {
  for (const item of items) {
    for (const targets of Object.values(item.relations)) {
      for (const target of targets) target.exists ??= false;
    }
  }
}
