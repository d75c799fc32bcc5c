import type { JsonValue } from '@devops-maturity/plugin-maturity-common';

/**
 * One retriever's facts for one entity as TechInsights serves them. Only the
 * fields the provider reads are listed; anything may be missing in practice.
 */
export interface TechInsightsFactRow {
  /** The retriever id. */
  id?: string;
  /** The entity ref. */
  entity?: string;
  /** When the facts were collected (ISO 8601). */
  timestamp?: string;
  /** Fact name to value. */
  facts?: Record<string, JsonValue>;
}

/** The body of `GET /facts/latest`: retriever id → its latest facts. */
export type LatestFactsResponse = Record<string, TechInsightsFactRow>;

/** The body of `GET /facts/range`: retriever id → facts in the window. */
export type FactRangeResponse = Record<string, TechInsightsFactRow[]>;
