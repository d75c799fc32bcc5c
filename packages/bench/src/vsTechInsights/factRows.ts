import type { EntityEvidence } from '@devops-maturity/plugin-maturity-common';
import type { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import { readEntityPath } from './entityPaths';
import {
  ENTITY_METADATA_RETRIEVER,
  ageFactName,
  type FactNeeds,
} from './translateRule';

const DAY = 86_400_000;

/** The facts one retriever reported for one entity. */
export interface FactRow {
  retrieverId: string;
  facts: Record<string, unknown>;
}

/**
 * The TechInsights fact rows of one entity, from the same evidence our engine
 * reads: each retriever's facts (plus the age in days of date facts read by
 * `withinDays`), and the entity fields the checks read as facts of the
 * `entityMetadata` retriever (`null` when not set). Unavailable sources give
 * no rows.
 */
export function factRowsOf(
  evidence: EntityEvidence,
  needs: FactNeeds,
  now: Date,
): FactRow[] {
  const unavailable = new Set(
    (evidence.unavailableSources ?? []).map(s => s.source),
  );
  const rows: FactRow[] = [];
  if (!unavailable.has('catalog')) {
    const facts: Record<string, unknown> = {};
    for (const path of needs.entityPaths)
      facts[path] = readEntityPath(evidence.entity, path);
    rows.push({ retrieverId: ENTITY_METADATA_RETRIEVER, facts });
  }
  if (unavailable.has('techInsights')) return rows;
  for (const [retrieverId, reported] of Object.entries(
    evidence.techInsights ?? {},
  )) {
    const facts: Record<string, unknown> = { ...reported.facts };
    for (const age of needs.ageFacts) {
      if (age.retrieverId !== retrieverId) continue;
      const at = Date.parse(String(facts[age.factName]));
      if (!Number.isNaN(at))
        facts[ageFactName(age.factName)] = (now.getTime() - at) / DAY;
    }
    rows.push({ retrieverId, facts });
  }
  return rows;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T/;

function typeOf(value: unknown): FactSchema[string]['type'] | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return 'set';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number')
    return Number.isInteger(value) ? 'integer' : 'float';
  if (typeof value === 'string')
    return ISO_DATE.test(value) ? 'datetime' : 'string';
  return 'object';
}

/**
 * Declares the schema of each retriever from the facts it reports: the type
 * of every fact (`float` when a number fact is not always whole; `string`
 * when it is only ever `null`).
 */
export function factSchemasOf(
  rows: Iterable<FactRow>,
): Map<string, FactSchema> {
  const seen = new Map<string, Map<string, Set<string>>>();
  for (const { retrieverId, facts } of rows) {
    const types = seen.get(retrieverId) ?? new Map<string, Set<string>>();
    seen.set(retrieverId, types);
    for (const [name, value] of Object.entries(facts)) {
      const set = types.get(name) ?? new Set<string>();
      types.set(name, set);
      const type = typeOf(value);
      if (type) set.add(type);
    }
  }
  const schemas = new Map<string, FactSchema>();
  for (const [retrieverId, types] of seen) {
    const schema: FactSchema = {};
    for (const [name, set] of types) {
      if (set.has('float')) set.delete('integer');
      const [type = 'string'] = set as Set<FactSchema[string]['type']>;
      schema[name] = { type, description: `${name} (${retrieverId})` };
    }
    schemas.set(retrieverId, schema);
  }
  return schemas;
}
