import type {
  CheckResult,
  EntityEvidence,
} from '@devops-maturity/plugin-maturity-common';
import type { EvidenceOutageWrite } from '../store/types';
import { checkReadsSource } from './toEvaluationWrite';

/**
 * The evidence sources that could not be read for an entity (the first
 * message of each), with the checks that kept an earlier result because of
 * each: the checks among `kept` that read the source. Empty when every
 * source was read.
 */
export function evidenceOutagesOf(
  evidence: EntityEvidence,
  checks: readonly CheckResult[],
  kept: ReadonlySet<string>,
): EvidenceOutageWrite[] {
  const outages = new Map<string, EvidenceOutageWrite>();
  for (const { source, message } of evidence.unavailableSources ?? []) {
    if (outages.has(source)) continue;
    outages.set(source, {
      source,
      message,
      keptChecks: checks
        .filter(c => kept.has(c.checkId) && checkReadsSource(c, source))
        .map(c => c.checkId),
    });
  }
  return [...outages.values()];
}
