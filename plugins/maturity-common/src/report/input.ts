import type { ScorecardResults } from '../api/types';
import type { LevelHistoryPoint } from '../api/records';
import type { AttestationEvidence, WaiverEvidence } from '../evidence/types';
import type { MaturityModel } from '../model/types';
import type { ReportLink, ReportScopeKind } from './types';

/**
 * One entity of a report's scope, with what the catalog says of it and its
 * stored results.
 *
 * @public
 */
export interface ReportEntityInput {
  entityRef: string;
  kind: string;
  title?: string;
  /** The entity's annotations (catalog), quoted as evidence. */
  annotations?: Record<string, string>;
  /** The entity's links (catalog), quoted as evidence. */
  links?: ReportLink[];
  /** Its stored results; absent when it was not evaluated yet. */
  results?: ScorecardResults;
}

/**
 * Everything {@link buildReport} needs; it does no I/O.
 *
 * @public
 */
export interface BuildReportInput {
  scope: { kind: ReportScopeKind; entityRef: string; title?: string };
  /** The model, with its texts in the report's language. */
  model: MaturityModel;
  /** The language of the texts (BCP 47); `zh…` gives Chinese labels. */
  language: string;
  generatedAt: Date;
  generatedBy: string;
  /** Restrict the report to these domain ids (a CAICT part). */
  domains?: string[];
  /** The scope entity first, then its parts or the group's entities. */
  entities: ReportEntityInput[];
  /** Attestations in force, by entity ref then check id. */
  attestations?: ReadonlyMap<string, Record<string, AttestationEvidence>>;
  /** Waivers in force, by entity ref then check id. */
  waivers?: ReadonlyMap<string, Record<string, WaiverEvidence>>;
  /** The entities' level history (any order); older points set the start. */
  history?: LevelHistoryPoint[];
  /**
   * Whether attestations and waivers were read (default true); offline
   * reports without them leave out the note that they are the ones in force.
   */
  attestationsIncluded?: boolean;
}
