import type {
  CheckStatusCounts,
  NextLevelRequirement,
} from '@devops-maturity/plugin-maturity-common';
import { parseOptionalJson } from './json';
import type { DomainLevelRow, EntityRow } from './rows';
import type { StoredDomainLevel, StoredEntityLevel } from './types';

/** Maps a stored entity row to its API shape. */
export function toStoredEntityLevel(row: EntityRow): StoredEntityLevel {
  return {
    entityRef: row.entity_ref,
    modelId: row.model_id,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
    title: row.title ?? undefined,
    specType: row.spec_type ?? undefined,
    lifecycle: row.lifecycle ?? undefined,
    ownerRef: row.owner_ref ?? undefined,
    level: toOptionalNumber(row.level),
    score: Number(row.score),
    evaluatedAt: row.evaluated_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a stored domain level row to its API shape. */
export function toStoredDomainLevel(row: DomainLevelRow): StoredDomainLevel {
  return {
    domainId: row.domain_id,
    level: toOptionalNumber(row.level),
    score: Number(row.score),
    counts: JSON.parse(row.counts) as CheckStatusCounts,
    nextLevel: parseOptionalJson<NextLevelRequirement>(row.next_level),
    updatedAt: row.updated_at,
  };
}

/** A nullable numeric column as a number or null (PostgreSQL may give text). */
export function toOptionalNumber(
  value: number | string | null | undefined,
): number | null {
  return value === null || value === undefined ? null : Number(value);
}
