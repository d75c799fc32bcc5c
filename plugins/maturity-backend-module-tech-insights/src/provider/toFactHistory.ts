import type { FactHistoryPoint } from '@devops-maturity/plugin-maturity-common';
import type { FactRangeResponse } from './techInsightsResponses';

/**
 * Maps a `/facts/range` answer to fact history: only the wanted facts, as
 * `{ timestamp, value }` points sorted oldest first. Rows without a valid
 * timestamp and missing or null values are skipped. Returns `undefined` when
 * no point remains.
 */
export function toFactHistory(
  response: FactRangeResponse | undefined,
  wanted: Record<string, string[]>,
): Record<string, Record<string, FactHistoryPoint[]>> | undefined {
  if (typeof response !== 'object' || response === null) {
    return undefined;
  }
  const history: Record<string, Record<string, FactHistoryPoint[]>> = {};
  for (const [retrieverId, factNames] of Object.entries(wanted)) {
    const rows = response[retrieverId];
    if (!Array.isArray(rows)) {
      continue;
    }
    const byFact: Record<string, Array<FactHistoryPoint & { at: number }>> = {};
    for (const row of rows) {
      const at =
        typeof row?.timestamp === 'string' ? Date.parse(row.timestamp) : NaN;
      if (Number.isNaN(at) || typeof row.facts !== 'object' || !row.facts) {
        continue;
      }
      for (const factName of factNames) {
        const value = Object.prototype.hasOwnProperty.call(row.facts, factName)
          ? row.facts[factName]
          : undefined;
        if (value === undefined || value === null) {
          continue;
        }
        (byFact[factName] ??= []).push({
          timestamp: row.timestamp!,
          value,
          at,
        });
      }
    }
    for (const [factName, points] of Object.entries(byFact)) {
      points.sort((a, b) => a.at - b.at);
      (history[retrieverId] ??= {})[factName] = points.map(
        ({ timestamp, value }) => ({ timestamp, value }),
      );
    }
  }
  return Object.keys(history).length > 0 ? history : undefined;
}
