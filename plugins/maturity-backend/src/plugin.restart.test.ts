import { TestDatabases } from '@backstage/backend-test-utils';
import {
  BackendDatabase,
  maturityApi,
  persistentDatabases,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

const allChecks = (scorecard: any) =>
  scorecard.domains.flatMap((d: any) =>
    d.capabilities.flatMap((c: any) => c.checks),
  );
const statusOf = (scorecard: any, checkId: string) =>
  allChecks(scorecard).find((c: any) => c.checkId === checkId)?.status;

describe.each(persistentDatabases(databases))(
  'maturity backend restart on %s',
  (_name, openDatabase) => {
    let database: BackendDatabase;
    beforeAll(async () => {
      database = await openDatabase();
    });
    afterAll(() => database.cleanup());

    it('keeps results, attestations, waivers, runs and history', async () => {
      const first = await startMaturityBackend({
        database,
        runOnStartup: true,
      });
      const api = maturityApi(first.server);
      const model = (await api.get('/models/caict-devops')).body;
      const checks = model.domains.flatMap((d: any) =>
        d.capabilities.flatMap((c: any) => c.checks),
      );
      const manual = checks.find((c: any) => c.attestation);
      const automated = checks.filter((c: any) => c.rule);

      const attestation = await api.post('/attestations', {
        entityRef: 'component:default/quickpay-gateway',
        checkId: manual.id,
        evidenceUrl: 'https://wiki.example/review',
        comment: 'Quarterly review',
      });
      expect(attestation.status).toBe(201);
      const kept = await api.post('/waivers', {
        entityRef: 'component:default/clearing-batch',
        checkId: automated[0].id,
        reason: 'Decommissioned next quarter',
      });
      expect(kept.status).toBe(201);
      const revoked = await api.post('/waivers', {
        entityRef: 'component:default/clearing-batch',
        checkId: automated[1].id,
        reason: 'Temporary exception',
      });
      expect(revoked.status).toBe(201);
      expect(
        (await api.delete(`/waivers/${revoked.body.id}?reason=fixed`)).status,
      ).toBe(200);

      const paths = [
        '/entities/component/default/quickpay-gateway/scorecard',
        '/entities/component/default/clearing-batch/scorecard',
        '/entities/component/default/quickpay-gateway/history',
        '/entities/component/default/clearing-batch/history',
        '/attestations?entityRef=component:default/quickpay-gateway',
        '/waivers?entityRef=component:default/clearing-batch',
        '/entities?limit=100',
        '/rollups',
        '/runs',
      ];
      const before = new Map<string, any>();
      for (const p of paths) {
        const res = await api.get(p);
        expect({ p, status: res.status }).toEqual({ p, status: 200 });
        before.set(p, res.body);
      }
      expect(statusOf(before.get(paths[0]), manual.id)).toBe('passed');
      expect(before.get(paths[2]).items.length).toBeGreaterThan(0);
      expect(before.get(paths[5]).items).toHaveLength(2);
      await first.stop();

      // A new backend on the same database, without a run at startup.
      const second = await startMaturityBackend({ database });
      const again = maturityApi(second.server);
      try {
        for (const p of paths) {
          const res = await again.get(p);
          expect({ p, status: res.status, body: res.body }).toEqual({
            p,
            status: 200,
            body: before.get(p),
          });
        }

        // A run after the restart still honours the stored attestation and
        // the waiver that was not revoked, and adds no history when nothing
        // changed.
        expect((await again.post('/runs')).status).toBe(202);
        const quickpay = (await again.get(paths[0])).body;
        expect(statusOf(quickpay, manual.id)).toBe('passed');
        const clearing = (await again.get(paths[1])).body;
        expect(statusOf(clearing, automated[0].id)).toBe('waived');
        expect(statusOf(clearing, automated[1].id)).not.toBe('waived');
        const history = (await again.get(paths[2])).body;
        expect(history.items).toEqual(before.get(paths[2]).items);
        const runs = (await again.get('/runs')).body.items;
        expect(runs).toHaveLength(before.get('/runs').items.length + 1);
        expect(runs[0]).toMatchObject({ status: 'succeeded', errors: 0 });
      } finally {
        await second.stop();
      }
    });
  },
);
