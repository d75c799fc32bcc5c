import { createHash } from 'node:crypto';
import type { EntityEvaluationWrite } from './types';

/**
 * A digest of everything an evaluation would write for an entity. Writing
 * the same evaluation twice leaves the store as it was, so when the digest
 * equals the stored one the stored rows need not be read or compared. Key
 * order is fixed by the code that builds writes; a value with keys in another
 * order only costs a row-by-row comparison, never a wrong result.
 */
export function hashEvaluation(write: EntityEvaluationWrite): string {
  return createHash('sha256').update(JSON.stringify(write)).digest('hex');
}
