import type { FactReference } from '../model/factReference';
import type {
  EntityEvidence,
  FactHistoryPoint,
  TechInsightsFactsEvidence,
} from './types';

/**
 * A fact reported with a timestamp and history by an outside source:
 * TechInsights (`techInsights.<retrieverId>.<fact>`) or CI
 * (`pushed.<source>.<fact>`).
 */
export type ReportedFactReference = Extract<
  FactReference,
  { source: 'techInsights' | 'pushed' }
>;

/** Whether a fact address is a {@link ReportedFactReference}. */
export function isReportedFact(
  ref: FactReference,
): ref is ReportedFactReference {
  return ref.source === 'techInsights' || ref.source === 'pushed';
}

/** How a reported fact's origin is named in messages: `sloRetriever` or `pushed.ci`. */
export function reportedOriginName(ref: ReportedFactReference): string {
  return ref.source === 'pushed' ? `pushed.${ref.sourceName}` : ref.retrieverId;
}

/** The latest facts of the fact's origin (retriever or pushing source). */
export function latestReportedFacts(
  evidence: Pick<EntityEvidence, 'techInsights' | 'pushed'>,
  ref: ReportedFactReference,
): TechInsightsFactsEvidence | undefined {
  return ref.source === 'pushed'
    ? evidence.pushed?.[ref.sourceName]
    : evidence.techInsights?.[ref.retrieverId];
}

/** The earlier values of a reported fact, oldest first. */
export function reportedFactHistory(
  evidence: Pick<EntityEvidence, 'factHistory' | 'pushedHistory'>,
  ref: ReportedFactReference,
): FactHistoryPoint[] | undefined {
  return ref.source === 'pushed'
    ? evidence.pushedHistory?.[ref.sourceName]?.[ref.factName]
    : evidence.factHistory?.[ref.retrieverId]?.[ref.factName];
}
