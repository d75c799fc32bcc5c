import { createHash } from 'node:crypto';
import type { EntityEvaluationWrite } from './types';

/** A string field, length-prefixed so that no content can shift a boundary. */
function field(value: string | number | null | undefined): string {
  const text = value === undefined ? '' : String(value);
  return `${text.length}:${text}`;
}

/** JSON as a field; undefined and null stay distinct. */
function jsonField(value: unknown): string {
  return value === undefined ? '-' : field(JSON.stringify(value));
}

/**
 * A digest of everything an evaluation would write for an entity. Writing
 * the same evaluation twice leaves the store as it was, so when the digest
 * equals the stored one the stored rows need not be read or compared. Every
 * field is length-prefixed and in a fixed order; a value with keys in
 * another order only costs a row-by-row comparison, never a wrong result.
 */
export function hashEvaluation(write: EntityEvaluationWrite): string {
  const { entity } = write;
  let text =
    field(write.modelId) +
    field(entity.entityRef) +
    field(entity.kind) +
    field(entity.namespace) +
    field(entity.name) +
    jsonField(entity.title) +
    jsonField(entity.specType) +
    jsonField(entity.lifecycle) +
    jsonField(entity.ownerRef) +
    // only when there are tags, so digests written before tags were stored stay valid
    (entity.tags?.length ? `t${jsonField(entity.tags)}` : '') +
    field(write.level) +
    field(write.score) +
    jsonField(write.keepStoredResultsFor);
  text += `|${write.domains.length}|`;
  for (const d of write.domains) {
    text +=
      field(d.domainId) +
      field(d.level) +
      field(d.score) +
      jsonField(d.counts) +
      jsonField(d.nextLevel);
  }
  text += `|${write.checks.length}|`;
  for (const c of write.checks) {
    text +=
      field(c.checkId) +
      field(c.domainId) +
      field(c.capabilityId) +
      field(c.level) +
      field(c.status) +
      field(c.source) +
      field(c.message) +
      jsonField(c.value);
  }
  return createHash('sha256').update(text).digest('hex');
}
