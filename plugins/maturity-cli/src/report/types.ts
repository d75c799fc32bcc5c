import type {
  CheckSource,
  CheckStatus,
  CheckStatusCounts,
  JsonValue,
} from '@devops-maturity/plugin-maturity-common';
import type { InputProblem } from '../lib/problems';
import type { ReportChanges } from './compareWithBase';

/** One check result with what a reader needs: title and how to fix it. */
export interface CheckView {
  checkId: string;
  title: string;
  domainId: string;
  capabilityId: string;
  level: number;
  status: CheckStatus;
  message: string;
  value?: JsonValue;
  source: CheckSource;
  /** Markdown: how to satisfy the check. */
  remediation: string;
}

/** The checks missing for the next level of a domain. */
export interface NextLevelView {
  level: number;
  levelTitle: string;
  checks: CheckView[];
}

/** One domain of one entity. */
export interface DomainView {
  domainId: string;
  title: string;
  applicable: boolean;
  level: number | null;
  levelTitle: string | null;
  score: number;
  counts: CheckStatusCounts;
  /** Absent at the top level or when the domain does not apply. */
  nextLevel?: NextLevelView;
  /** Passed and waived checks (empty in reports built without them). */
  passing: CheckView[];
}

/** The evaluation of one entity, restricted to `--domain` when given. */
export interface EntityReport {
  entityRef: string;
  /** Where the entity is defined. */
  location: { file: string; document: number; line: number };
  /** The overall level (weakest link), or the level of `--domain`; null when nothing applies. */
  level: number | null;
  levelTitle: string | null;
  score: number;
  counts: CheckStatusCounts;
  /** The domains in scope, in model order. */
  domains: DomainView[];
  /** The applicable checks in scope, in model order (empty unless built with every detail). */
  checks: CheckView[];
}

/** What `maturity evaluate` reports besides the entities. */
export interface ReportHeader {
  model: { id: string; title: string; version: string; file: string };
  evaluatedAt: string;
  /** Always true: relations to the live catalog are unknown. */
  offline: true;
  /** The `--domain` the report is restricted to. */
  domainId: string | null;
  /** Invalid entities and facts, left out of the evaluation. */
  problems: InputProblem[];
}

/**
 * How much of each entity a report needs: `next` the checks of the next
 * levels (table), `passing` those and the passing checks (Markdown), `all`
 * every applicable result (JSON). Less detail means less work per entity.
 */
export type ReportDetail = 'next' | 'passing' | 'all';

/**
 * An output format. Entities are given one at a time, in order, so that their
 * reports need not all be kept: the text of each is returned at once when the
 * format allows, and what the end needs is kept in a compact form.
 */
export interface ReportFormatter {
  /** How much of each entity the format shows. */
  readonly detail: ReportDetail;
  /** Text to print first. */
  start(): string;
  /** Text to print for one entity (may be empty: kept for the end). */
  entity(entity: EntityReport): string;
  /** Text to print once every entity has been given. */
  end(context?: ReportEnd): string;
}

/** What is known only once every entity has been evaluated. */
export interface ReportEnd {
  /** The level changes against `--base`, when given. */
  changes?: ReportChanges;
}
