import type { EvidenceOutage, StaleEvidenceSummary } from '../api/types';

/** Today at a local time, as ISO: outage times today show as times alone. */
export function todayAt(hours: number, minutes: number): string {
  const date = new Date();
  date.setHours(hours, minutes, 0, 0);
  return date.toISOString();
}

/** TechInsights down since 10:42 today, last read at 09:30. */
export const techInsightsOutage: EvidenceOutage = {
  source: 'techInsights',
  since: todayAt(10, 42),
  lastFailureAt: todayAt(11, 0),
  lastSuccessAt: todayAt(9, 30),
  message: 'connect ECONNREFUSED 127.0.0.1:7099',
  checks: 23,
};

/** Pushed facts unreadable since 08:15 today, never read before. */
export const pushedOutage: EvidenceOutage = {
  source: 'pushed',
  since: todayAt(8, 15),
  lastFailureAt: todayAt(11, 0),
  message: 'database is locked',
  checks: 2,
};

/** Seven entities on stale TechInsights evidence, the first three listed. */
export const staleSummary: StaleEvidenceSummary = {
  modelId: 'caict-devops',
  entities: 7,
  checks: 80,
  sources: [
    {
      source: 'techInsights',
      entities: 7,
      checks: 80,
      since: todayAt(10, 42),
      lastSuccessAt: todayAt(9, 30),
      message: 'connect ECONNREFUSED 127.0.0.1:7099',
    },
  ],
  items: [
    {
      entityRef: 'component:default/quickpay-gateway',
      title: 'QuickPay Gateway',
      outages: [techInsightsOutage],
    },
    {
      entityRef: 'component:default/quickpay-ledger',
      outages: [{ ...techInsightsOutage, checks: 11 }],
    },
    {
      entityRef: 'api:default/quickpay-api',
      title: 'QuickPay API',
      outages: [{ ...techInsightsOutage, checks: 1 }],
    },
  ],
};

/** A summary without any entity on stale evidence. */
export const noStaleEvidence: StaleEvidenceSummary = {
  modelId: 'caict-devops',
  entities: 0,
  checks: 0,
  sources: [],
  items: [],
};
