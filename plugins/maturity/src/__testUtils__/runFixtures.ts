import type { RunRecord } from '@devops-maturity/plugin-maturity-common';
import type { MaturityApi } from '../api/MaturityApi';
import { fakeMaturityApi } from './fakes';

/** A scheduled run with errors and TechInsights down. */
export const scheduled: RunRecord = {
  id: 'run-1',
  trigger: 'scheduled',
  status: 'succeeded',
  startedAt: '2026-12-07T03:00:00.000Z',
  finishedAt: '2026-12-07T03:02:05.000Z',
  entities: 120,
  changedEntities: 7,
  errors: 3,
  errorDetails: [
    {
      entityRef: 'component:default/quickpay-gateway',
      provider: 'techInsights',
      message: 'connect ECONNREFUSED',
    },
    { message: 'catalog page timed out' },
  ],
  sourcesDown: [
    {
      source: 'techInsights',
      entities: 104,
      message: 'TechInsights answered HTTP 503',
    },
  ],
};

/** A failed manual run of the guest. */
export const manual: RunRecord = {
  id: 'run-2',
  trigger: 'manual',
  status: 'failed',
  startedAt: '2026-12-07T04:00:00.000Z',
  finishedAt: '2026-12-07T04:00:45.000Z',
  entities: 118,
  changedEntities: 0,
  errors: 0,
  errorDetails: [],
  actor: 'user:default/guest',
};

/** A scheduled run still running, started 30 s before the tests. */
export const running: RunRecord = {
  id: 'run-3',
  trigger: 'scheduled',
  status: 'running',
  startedAt: new Date(Date.now() - 30_000).toISOString(),
  entities: 0,
  changedEntities: 0,
  errors: 0,
  errorDetails: [],
};

/** A fake maturity API listing the fixture runs (oldest first), with overrides. */
export function fakeRunsApi(overrides: Partial<MaturityApi> = {}) {
  return fakeMaturityApi({
    // oldest first on purpose: the tab lists the newest first
    listRuns: async () => ({ items: [scheduled, manual] }),
    ...overrides,
  });
}
