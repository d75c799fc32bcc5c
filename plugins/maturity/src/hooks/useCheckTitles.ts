import { useMemo } from 'react';
import type { EntityScorecard } from '../api/types';
import { domainChecks } from '../lib/nextSteps';

/** The check titles of a scorecard by check id (for audit lists). */
export function useCheckTitles(
  scorecard: EntityScorecard | undefined,
): Record<string, string> {
  return useMemo(() => {
    const titles: Record<string, string> = {};
    for (const domain of scorecard?.domains ?? []) {
      for (const check of domainChecks(domain))
        titles[check.checkId] = check.title;
    }
    return titles;
  }, [scorecard]);
}
