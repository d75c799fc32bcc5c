import type {
  EvidenceOutage,
  StaleCheckMarker,
} from '@devops-maturity/plugin-maturity-common';
import { toEvidenceOutage } from '../store/staleEvidence';
import type { StoredEvidenceOutage } from '../store/types';

/**
 * The evidence outages of a scorecard under a model, and the marker of every
 * check that kept an earlier result because of one: the source down the
 * longest when several are (a check reading several sources).
 */
export function staleEvidenceOf(
  outages: readonly StoredEvidenceOutage[] | undefined,
  modelId: string,
): { staleEvidence: EvidenceOutage[]; markers: Map<string, StaleCheckMarker> } {
  const markers = new Map<string, StaleCheckMarker>();
  const bySince = [...(outages ?? [])].sort(
    (a, b) =>
      a.since.localeCompare(b.since) || a.source.localeCompare(b.source),
  );
  for (const outage of bySince) {
    for (const checkId of outage.keptChecks[modelId] ?? []) {
      if (markers.has(checkId)) continue;
      markers.set(checkId, {
        source: outage.source,
        since: outage.since,
        ...(outage.lastSuccessAt ? { evidenceAt: outage.lastSuccessAt } : {}),
      });
    }
  }
  return {
    staleEvidence: (outages ?? []).map(o => toEvidenceOutage(o, modelId)),
    markers,
  };
}
