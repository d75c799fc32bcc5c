import type { MaturityCheck } from '../model/types';
import { parseFactReference } from '../model/factReference';
import { forEachCondition } from '../model/forEachCondition';

/**
 * Where a check's evidence comes from:
 *
 * - `catalog`: its rule reads only the catalog (`entity.*`, `relations.*`)
 *   and levels derived from it (`maturity.*`);
 * - `fact`: its rule reads at least one other source (`techInsights.*`,
 *   `pushed.*`, `attestation.*`);
 * - `attestation`: a human attests it.
 *
 * @public
 */
export type EvidenceKind = 'fact' | 'catalog' | 'attestation';

const CATALOG_SOURCES = new Set(['entity', 'relations', 'maturity']);

/**
 * The {@link EvidenceKind} of a check; a rule mixing catalog and other
 * sources counts as `fact`.
 *
 * @public
 */
export function evidenceKindOf(check: MaturityCheck): EvidenceKind {
  if (!check.rule) return 'attestation';
  let kind: EvidenceKind = 'catalog';
  forEachCondition(check.rule, condition => {
    const ref = parseFactReference(condition.fact);
    if ('error' in ref || !CATALOG_SOURCES.has(ref.source)) kind = 'fact';
  });
  return kind;
}
