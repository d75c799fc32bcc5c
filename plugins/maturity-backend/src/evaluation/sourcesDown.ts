import type { EntityEvidence } from '@devops-maturity/plugin-maturity-common';
import type { RunRecord } from '../store/types';

/** One source that a run could not read. */
export type SourceDown = NonNullable<RunRecord['sourcesDown']>[number];

/**
 * Counts, over a run, for how many entities each evidence source could not
 * be read, with the first message; an entity counts once per source.
 */
export class SourcesDownTally {
  private readonly bySource = new Map<string, SourceDown>();

  /** Adds the sources unavailable in a page's evidence. */
  add(evidence: Iterable<EntityEvidence>): void {
    for (const entityEvidence of evidence) {
      const seen = new Set<string>();
      for (const { source, message } of entityEvidence.unavailableSources ??
        []) {
        if (seen.has(source)) continue;
        seen.add(source);
        const current = this.bySource.get(source);
        if (current) {
          current.entities += 1;
        } else {
          this.bySource.set(source, { source, entities: 1, message });
        }
      }
    }
  }

  /** The sources down so far, most entities first. */
  list(): SourceDown[] {
    return [...this.bySource.values()]
      .map(s => ({ ...s }))
      .sort(
        (a, b) => b.entities - a.entities || a.source.localeCompare(b.source),
      );
  }
}
