import type { JsonValue, MaturityLevelDefinition } from '../model/types';
import type { CheckSource, CheckStatus } from '../results/types';

/**
 * The kind of scope a report covers: a system with its parts, or a group
 * with its nested teams.
 *
 * @public
 */
export type ReportScopeKind = 'system' | 'group';

/**
 * A link on an entity, as evidence.
 *
 * @public
 */
export interface ReportLink {
  url: string;
  title?: string;
}

/**
 * The evidence behind one check result of one entity.
 *
 * @public
 */
export interface ReportEvidence {
  /** The annotations the check's rule reads, with their values (absent = not set). */
  annotations?: Array<{ key: string; value?: string }>;
  /** The entity's links, when the rule reads `entity.metadata.links`. */
  links?: ReportLink[];
  /**
   * TechInsights facts the rule reads, with the observed value stored with
   * the result and when that result was recorded (the fact's own timestamp
   * is not kept by the store; `recordedAt` is the result's).
   */
  facts?: Array<{ fact: string; value?: JsonValue; recordedAt?: string }>;
  /** The attestation in force when the report was generated. */
  attestation?: {
    evidenceUrl: string;
    author: string;
    attestedAt: string;
    expiresAt: string;
    comment?: string;
    /** The group whose team attestation the entity inherits. */
    inheritedFrom?: string;
  };
  /** The waiver in force when the report was generated. */
  waiver?: {
    justification: string;
    approver: string;
    expiresAt?: string;
  };
}

/**
 * One entity's result for one check.
 *
 * @public
 */
export interface ReportCheckResult {
  entityRef: string;
  status: CheckStatus;
  value?: JsonValue;
  message: string;
  source: CheckSource;
  /** When the result last changed. */
  updatedAt?: string;
  evidence: ReportEvidence;
}

/**
 * A check (requirement) with the results of every entity it applies to.
 *
 * @public
 */
export interface ReportCheck {
  checkId: string;
  title: string;
  level: number;
  /** How it is verified: an automated rule or a human attestation. */
  verification: 'rule' | 'attestation';
  /** The facts the rule reads. */
  facts: string[];
  /** Counts of the results by status. */
  counts: Partial<Record<CheckStatus, number>>;
  results: ReportCheckResult[];
}

/**
 * A capability (CAICT sub-domain) of a report domain.
 *
 * @public
 */
export interface ReportCapability {
  capabilityId: string;
  title: string;
  checks: ReportCheck[];
}

/**
 * The scope's level of a domain at one moment.
 *
 * @public
 */
export interface ReportHistoryPoint {
  /** The moment (ISO 8601): the end of a month, and the generation time last. */
  at: string;
  /** The scope's level then (weakest entity); null when no entity had a level. */
  level: number | null;
}

/**
 * What separates a domain from its next level: the checks of that level not
 * passed, each with the entities that fail it.
 *
 * @public
 */
export interface ReportGap {
  level: number;
  checks: Array<{
    checkId: string;
    title: string;
    entityRefs: string[];
  }>;
}

/**
 * The summary line of one domain.
 *
 * @public
 */
export interface ReportDomainSummary {
  domainId: string;
  title: string;
  part?: string;
  /** Weakest applicable entity's level; null when no entity applies. */
  level: number | null;
  /** Passed / applicable over the scope (0..1). */
  score: number;
  /** Entities to which the domain applies. */
  entityCount: number;
}

/**
 * One domain of the report in detail.
 *
 * @public
 */
export interface ReportDomain extends ReportDomainSummary {
  description?: string;
  /** The entity (or entities) holding the domain's level down. */
  weakestEntityRefs: string[];
  nextLevel?: ReportGap;
  history: ReportHistoryPoint[];
  capabilities: ReportCapability[];
}

/**
 * One entity of the scope.
 *
 * @public
 */
export interface ReportEntity {
  entityRef: string;
  kind: string;
  title?: string;
  /** The entity's overall level under the model (for the reported domains). */
  level: number | null;
  score: number;
  evaluatedAt?: string;
  /** True when the entity has no stored results yet. */
  notEvaluated?: boolean;
}

/**
 * A maturity report (evidence pack): a self-contained JSON document, the
 * source of every rendering (HTML, Markdown, the portal's report page).
 *
 * @public
 */
export interface MaturityReport {
  /** The document's format version. */
  schemaVersion: 1;
  cover: {
    scope: {
      kind: ReportScopeKind;
      entityRef: string;
      title?: string;
      entityCount: number;
    };
    model: { id: string; title: string; version: string };
    /** The language of the model's and the report's texts. */
    language: string;
    /** The domains reported, when restricted; all domains when absent. */
    domainFilter?: string[];
    generatedAt: string;
    generatedBy: string;
  };
  summary: {
    /** Weakest-link overall level over the reported domains. */
    level: number | null;
    score: number;
    domains: ReportDomainSummary[];
  };
  entities: ReportEntity[];
  domains: ReportDomain[];
  appendix: {
    levels: MaturityLevelDefinition[];
    /** How the levels were derived and what the evidence means. */
    notes: string[];
  };
}

/**
 * A system's scorecard read with its parts (`GET
 * /entities/system/{ns}/{name}/scorecard?include=parts`): the system's own
 * scorecard, and per domain the weakest of the system and its parts.
 *
 * @public
 */
export interface ProjectScorecardParts {
  /** Weakest-link overall level over the system and its parts. */
  level: number | null;
  score: number;
  /** The system and its parts. */
  entityCount: number;
  domains: Array<ReportDomainSummary & { weakestEntityRefs: string[] }>;
  /** The system first, then its parts. */
  entities: ReportEntity[];
}

/**
 * The formats a report is rendered and saved in.
 *
 * @public
 */
export type SavedReportFormat = 'json' | 'html' | 'markdown';

/**
 * A saved (frozen) report as listed by `GET /reports` and answered by
 * `POST /reports`, without its content.
 *
 * @public
 */
export interface SavedReport {
  id: string;
  scopeRef: string;
  scopeKind: ReportScopeKind;
  modelId: string;
  modelVersion: string;
  language: string;
  /** The domains reported, when restricted. */
  domains?: string[];
  createdBy: string;
  createdAt: string;
  /** SHA-256 (hex) of the stored JSON document. */
  sha256: string;
  /** Bytes of the stored JSON document. */
  size: number;
}
