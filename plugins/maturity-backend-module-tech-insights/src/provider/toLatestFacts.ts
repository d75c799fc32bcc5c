import type {
  JsonValue,
  TechInsightsFactsEvidence,
} from '@devops-maturity/plugin-maturity-common';
import type { LatestFactsResponse } from './techInsightsResponses';

/**
 * Maps a `/facts/latest` answer to evidence, keeping only the requested
 * retrievers. Returns `undefined` when none of them reported facts.
 */
export function toLatestFacts(
  response: LatestFactsResponse | undefined,
  retrieverIds: string[],
): Record<string, TechInsightsFactsEvidence> | undefined {
  if (!isObject(response)) {
    return undefined;
  }
  const evidence: Record<string, TechInsightsFactsEvidence> = {};
  for (const retrieverId of retrieverIds) {
    const row = response[retrieverId];
    if (!isObject(row) || !isObject(row.facts)) {
      continue;
    }
    evidence[retrieverId] = {
      facts: row.facts as Record<string, JsonValue>,
      ...(typeof row.timestamp === 'string' && { timestamp: row.timestamp }),
    };
  }
  return Object.keys(evidence).length > 0 ? evidence : undefined;
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
