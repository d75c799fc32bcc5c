import { createHash } from 'node:crypto';
import { serializeChecks } from './checkDocument';
import type { EntityEvaluationWrite } from './types';

/**
 * A digest of everything an evaluation would write for an entity. Writing
 * the same evaluation twice leaves the store as it was, so when the digest
 * equals the stored one the stored rows need not be read or compared.
 *
 * @remarks
 * The entity and domain fields are serialised as one JSON array in a fixed
 * order, followed by the results as `serializeChecks` gives them with the
 * write's placements (pass that text when it is at hand: it is the largest
 * part; as text or its UTF-8 bytes, the digest is the same); the
 * placements' id stands for the fields it leaves out. JSON escapes every
 * string, so no text can move between fields. A value with keys in another
 * order only costs a row-by-row comparison, never a wrong result.
 */
export function hashEvaluation(
  write: EntityEvaluationWrite,
  serializedChecks: string | Buffer = serializeChecks(
    write.checks,
    write.placements,
  ),
): string {
  const { entity } = write;
  const fields: unknown[] = [
    3, // the layout's version
    write.placements?.id ?? null,
    write.modelId,
    entity.entityRef,
    entity.kind,
    entity.namespace,
    entity.name,
    entity.title ?? null,
    entity.specType ?? null,
    entity.lifecycle ?? null,
    entity.ownerRef ?? null,
    entity.tags?.length ? entity.tags : null,
    write.level,
    write.score,
    write.keepStoredResultsFor ?? null,
  ];
  for (const d of write.domains) {
    fields.push(d.domainId, d.level, d.score, d.counts, d.nextLevel ?? null);
  }
  return createHash('sha256')
    .update(JSON.stringify(fields))
    .update(serializedChecks)
    .digest('hex');
}
