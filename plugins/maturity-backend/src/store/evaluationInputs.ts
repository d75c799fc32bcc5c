import type { Knex } from 'knex';
import { chunk, WHERE_IN_CHUNK } from './chunks';
import type { EntityRow } from './rows';
import { TABLES } from './tables';
import { toIso } from './time';
import type { EvaluationInputs, StoredEvaluationInputs } from './types';

type InputsRow = Pick<
  EntityRow,
  'entity_ref' | 'evidence_digest' | 'valid_until' | 'evaluated_at'
>;

/**
 * The stored inputs of the latest evaluation of entities under a model, by
 * entity ref (one query per chunk of refs); entities without a stored
 * evaluation are absent.
 */
export async function readEvaluationInputs(
  db: Knex | Knex.Transaction,
  modelId: string,
  entityRefs: readonly string[],
): Promise<Map<string, StoredEvaluationInputs>> {
  const stored = new Map<string, StoredEvaluationInputs>();
  for (const refs of chunk(entityRefs, WHERE_IN_CHUNK)) {
    const rows: InputsRow[] = await db(TABLES.entities)
      .select('entity_ref', 'evidence_digest', 'valid_until', 'evaluated_at')
      .where('model_id', modelId)
      .whereIn('entity_ref', refs);
    for (const row of rows) {
      const validUntil = row.valid_until ? Date.parse(row.valid_until) : NaN;
      stored.set(row.entity_ref, {
        digest: row.evidence_digest ?? null,
        validUntil: Number.isNaN(validUntil) ? undefined : validUntil,
        evaluatedAt: String(row.evaluated_at),
      });
    }
  }
  return stored;
}

/** The entity row columns that store an evaluation's inputs (null when unknown). */
export function evaluationInputsColumns(
  inputs: EvaluationInputs | undefined,
): Pick<EntityRow, 'evidence_digest' | 'valid_until'> {
  return {
    evidence_digest: inputs?.digest ?? null,
    valid_until:
      inputs?.validUntil === undefined
        ? null
        : toIso(new Date(inputs.validUntil)),
  };
}
