import { TestDatabases } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import {
  BackendDatabase,
  maturityApi,
  persistentDatabases,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

const check = (id: string, level: number, rule: JsonObject): JsonObject => ({
  id,
  title: id,
  level,
  rule,
  remediation: { markdown: `Fix ${id}.` },
});

/**
 * A small model, with or without the check `is-production` (level 2 of the
 * docs domain) and the whole `ops` domain.
 */
function modelConfig(withRemovedParts: boolean): JsonObject {
  const docs = {
    id: 'docs',
    title: 'Documentation',
    capabilities: [
      {
        id: 'basics',
        title: 'Basics',
        checks: [
          check('has-description', 1, {
            fact: 'entity.metadata.description',
            operator: 'exists',
          }),
          ...(withRemovedParts
            ? [
                check('is-production', 2, {
                  fact: 'entity.spec.lifecycle',
                  operator: 'equals',
                  value: 'production',
                }),
              ]
            : []),
        ],
      },
    ],
  };
  const ops = {
    id: 'ops',
    title: 'Operations',
    capabilities: [
      {
        id: 'ownership',
        title: 'Ownership',
        checks: [
          check('has-owner', 1, {
            fact: 'entity.spec.owner',
            operator: 'exists',
          }),
        ],
      },
    ],
  };
  return {
    maturity: {
      includeDefaultModel: false,
      models: [
        {
          model: {
            id: 'hardening',
            title: 'Hardening test model',
            version: withRemovedParts ? '1' : '2',
            levels: [1, 2, 3, 4, 5].map(level => ({
              level,
              title: `Level ${level}`,
            })),
            domains: withRemovedParts ? [docs, ops] : [docs],
          },
        },
      ],
    },
  };
}

const SYSTEM = '/entities/system/default/payments';

const checkIdsOf = (scorecard: any): string[] =>
  scorecard.domains.flatMap((d: any) =>
    d.capabilities.flatMap((c: any) => c.checks.map((k: any) => k.checkId)),
  );

describe.each(persistentDatabases(databases))(
  'a model change on %s',
  (_name, openDatabase) => {
    let database: BackendDatabase;
    beforeAll(async () => {
      database = await openDatabase();
    });
    afterAll(() => database.cleanup());

    it('drops results of removed checks and domains on the next run and keeps history', async () => {
      const before = await startMaturityBackend({
        database,
        config: modelConfig(true),
        runOnStartup: true,
      });
      const api = maturityApi(before.server);
      const card = (await api.get(`${SYSTEM}/scorecard`)).body;
      expect(checkIdsOf(card).sort()).toEqual([
        'has-description',
        'has-owner',
        'is-production',
      ]);
      const list = (await api.get('/entities')).body;
      // three components, one system and the four groups
      expect(list.totalCount).toBe(8);
      expect(Object.keys(list.items[0].domains).sort()).toEqual([
        'docs',
        'ops',
      ]);
      const gate = await api.get(
        '/gate?entityRef=system:default/payments&minLevel=2',
      );
      expect(gate.body.blocking.map((b: any) => b.checkId)).toContain(
        'is-production',
      );
      const historyBefore = (await api.get(`${SYSTEM}/history`)).body.items;
      expect(historyBefore.map((p: any) => p.domainId)).toEqual(
        expect.arrayContaining(['docs', 'ops', null]),
      );
      await before.stop();

      const after = await startMaturityBackend({
        database,
        config: modelConfig(false),
        runOnStartup: true,
      });
      try {
        const again = maturityApi(after.server);
        const changed = (await again.get(`${SYSTEM}/scorecard`)).body;
        expect(checkIdsOf(changed)).toEqual(['has-description']);
        expect(changed.domains.map((d: any) => d.domainId)).toEqual(['docs']);
        const entities = (await again.get('/entities')).body;
        expect(entities.totalCount).toBe(8);
        for (const item of entities.items) {
          expect({
            ref: item.entityRef,
            domains: Object.keys(item.domains),
          }).toEqual({ ref: item.entityRef, domains: ['docs'] });
        }
        expect((await again.get('/entities?domain=ops')).status).toBe(400);
        const gateAfter = await again.get(
          '/gate?entityRef=system:default/payments&minLevel=2',
        );
        expect(gateAfter.status).toBe(200);
        expect(
          gateAfter.body.blocking.map((b: any) => b.checkId),
        ).not.toContain('is-production');
        const rollup = (await again.get('/rollups')).body.rows;
        expect(rollup.length).toBeGreaterThan(0);
        for (const row of rollup) {
          expect(Object.keys(row.domains)).toEqual(['docs']);
        }

        // History is append-only: every earlier point is still there.
        const historyAfter = (await again.get(`${SYSTEM}/history`)).body.items;
        expect(historyAfter).toEqual(expect.arrayContaining(historyBefore));
      } finally {
        await after.stop();
      }
    });
  },
);
