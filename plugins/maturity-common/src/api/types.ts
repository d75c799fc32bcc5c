import type {
  CheckRemediation,
  JsonValue,
  MaturityLevelDefinition,
} from '../model/types';
import type {
  CheckSource,
  CheckStatus,
  CheckStatusCounts,
  NextLevelRequirement,
} from '../results/types';

/**
 * A model as listed by `GET /models`.
 *
 * @public
 */
export interface ModelSummary {
  id: string;
  title: string;
  version: string;
  description?: string;
  /** The language of this summary's texts (BCP 47); set by the backend. */
  language?: string;
  /** The model's default language; set by the backend. */
  defaultLanguage?: string;
  /** The languages the model provides; set by the backend. */
  languages?: string[];
  levels: MaturityLevelDefinition[];
  domains: Array<{
    id: string;
    title: string;
    part?: string;
    description?: string;
    capabilityCount: number;
    checkCount: number;
  }>;
}

/**
 * One check on a scorecard, with its definition and its stored result.
 *
 * @public
 */
export interface ScorecardCheck {
  checkId: string;
  title: string;
  description?: string;
  level: number;
  status: CheckStatus;
  value?: JsonValue;
  message: string;
  source: CheckSource;
  remediation?: CheckRemediation;
  reference?: string;
  /**
   * Set for checks passed by attestation: how long one stays valid, and
   * `scope: 'team'` when it is attested on a group for all the group owns.
   */
  attestation?: { evidence: string; validForDays: number; scope?: 'team' };
  /** When the result last changed; absent for not-applicable checks. */
  updatedAt?: string;
  /**
   * Set when the result was kept from an earlier evaluation because its
   * evidence source could not be read: the source, since when it is down and
   * when the evidence this result rests on was last read.
   */
  stale?: StaleCheckMarker;
}

/**
 * A capability (CAICT sub-domain) on a scorecard.
 *
 * @public
 */
export interface ScorecardCapability {
  capabilityId: string;
  title: string;
  checks: ScorecardCheck[];
}

/**
 * A domain on a scorecard.
 *
 * @public
 */
export interface ScorecardDomain {
  domainId: string;
  title: string;
  part?: string;
  applicable: boolean;
  /** 0..5; null when no check applies. */
  level: number | null;
  score: number;
  counts: CheckStatusCounts;
  nextLevel?: NextLevelRequirement;
  capabilities: ScorecardCapability[];
}

/**
 * The maturity scorecard of one entity under one model.
 *
 * @public
 */
export interface EntityScorecard {
  entityRef: string;
  modelId: string;
  modelTitle: string;
  levels: MaturityLevelDefinition[];
  /** Weakest-link overall level; null when no domain applies. */
  level: number | null;
  score: number;
  evaluatedAt: string;
  updatedAt: string;
  ownerRef?: string;
  domains: ScorecardDomain[];
  /**
   * The evidence sources that could not be read at the latest evaluation;
   * absent when every source answered.
   */
  staleEvidence?: EvidenceOutage[];
}

/**
 * The stored result of one check, without the check's definition.
 *
 * @public
 */
export interface ScorecardCheckResult {
  checkId: string;
  status: CheckStatus;
  value?: JsonValue;
  message: string;
  source: CheckSource;
  /** When the result last changed. */
  updatedAt?: string;
  /**
   * Set when the result was kept from an earlier evaluation because its
   * evidence source could not be read: the source, since when it is down and
   * when the evidence this result rests on was last read.
   */
  stale?: StaleCheckMarker;
}

/**
 * The stored level of one domain, without the domain's definition.
 *
 * @public
 */
export interface ScorecardDomainResult {
  domainId: string;
  /** 0..5; null when no check applies. */
  level: number | null;
  score: number;
  counts: CheckStatusCounts;
  nextLevel?: NextLevelRequirement;
}

/**
 * A scorecard without the model's text: what `GET …/scorecard?view=results`
 * answers. {@link expandScorecard} joins it with the model into an
 * {@link EntityScorecard}. Checks without a result do not apply.
 *
 * @public
 */
export interface ScorecardResults {
  entityRef: string;
  modelId: string;
  /** The version of the model the results were read under. */
  modelVersion: string;
  level: number | null;
  score: number;
  evaluatedAt: string;
  updatedAt: string;
  ownerRef?: string;
  domains: ScorecardDomainResult[];
  checks: ScorecardCheckResult[];
  /**
   * The evidence sources that could not be read at the latest evaluation;
   * absent when every source answered.
   */
  staleEvidence?: EvidenceOutage[];
}

/**
 * The answer of `GET /gate`.
 *
 * @public
 */
export interface GateResult {
  pass: boolean;
  entityRef: string;
  modelId: string;
  domainId: string | null;
  level: number | null;
  required: number;
  evaluatedAt: string;
  blocking: Array<{
    checkId: string;
    title: string;
    domainId: string;
    level: number;
    status: CheckStatus;
    message: string;
  }>;
}

/**
 * Why a check shows a result from an earlier evaluation.
 *
 * @public
 */
export interface StaleCheckMarker {
  /** The evidence source that is down, e.g. `techInsights`. */
  source: string;
  /** When the source was first found down for this entity (ISO). */
  since: string;
  /** When the source was last read for this entity: the kept result's evidence is from then (ISO); absent when unknown. */
  evidenceAt?: string;
}

/**
 * One evidence source that could not be read for an entity: recorded by
 * every evaluation that finds it down, removed by the first that reads it.
 *
 * @public
 */
export interface EvidenceOutage {
  /** The evidence source, e.g. `techInsights`. */
  source: string;
  /** The first evaluation that found it down (ISO). */
  since: string;
  /** The latest evaluation that found it down (ISO). */
  lastFailureAt: string;
  /** The last evaluation that read it (ISO); absent when it was never read. */
  lastSuccessAt?: string;
  /** What the provider reported. */
  message: string;
  /** The checks of the scorecard's model that kept an earlier result because of it. */
  checks: number;
}

/**
 * The answer of `GET /stale-evidence`: the entities whose scorecards rest on
 * evidence that could not be read at their latest evaluation, in the whole
 * catalog or in a group's subtree.
 *
 * @public
 */
export interface StaleEvidenceSummary {
  modelId: string;
  /** Entities with at least one evidence source down. */
  entities: number;
  /** Checks showing an earlier result, over all those entities. */
  checks: number;
  /** Per source: how many entities, down since when (the earliest), the latest message. */
  sources: Array<{
    source: string;
    entities: number;
    checks: number;
    since: string;
    /** The earliest last success among those entities (ISO), if any. */
    lastSuccessAt?: string;
    message: string;
  }>;
  /** The entities (at most `limit`, default 100), longest down first. */
  items: Array<{
    entityRef: string;
    title?: string;
    outages: EvidenceOutage[];
  }>;
}
