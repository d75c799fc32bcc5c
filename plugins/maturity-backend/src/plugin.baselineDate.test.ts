import {
  maturityApi,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'new-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'quickpay-team' },
};

/** The dry run's result of the default model's lead-time trend check. */
async function dryRunLeadTime(server: any) {
  const res = await maturityApi(server).post('/evaluate', {
    entity,
    facts: { doraFactRetriever: { leadTimeHours: 18 } },
  });
  expect(res.status).toBe(200);
  return res.body.domains
    .flatMap((d: any) => d.capabilities.flatMap((c: any) => c.checks))
    .find((c: any) => c.checkId === 'bv-lead-time-improved');
}

describe('maturity.baselineDate', () => {
  it('reaches the dry run', async () => {
    const backend = await startMaturityBackend({
      config: { maturity: { baselineDate: '2026-01-01' } },
    });
    try {
      // The dry run posts no history: the check is unknown, naming the date.
      expect(await dryRunLeadTime(backend.server)).toMatchObject({
        status: 'unknown',
        message:
          'no lead time (hours) history at or before the baseline 2026-01-01 to compare with',
      });
    } finally {
      await backend.stop();
    }
  });

  it('is optional: without it the rolling window applies', async () => {
    const backend = await startMaturityBackend({});
    try {
      expect(await dryRunLeadTime(backend.server)).toMatchObject({
        status: 'unknown',
        message:
          'no lead time (hours) history from 180 days ago to compare with',
      });
    } finally {
      await backend.stop();
    }
  });

  it('stops the startup when it is not an ISO date, naming the key and the value', async () => {
    await expect(
      startMaturityBackend({
        config: { maturity: { baselineDate: '2026/01/01' } },
      }),
    ).rejects.toThrow(
      'Invalid app-config maturity.baselineDate "2026/01/01": expected an ISO date that exists (YYYY-MM-DD, e.g. 2026-01-01)',
    );
  });
});
