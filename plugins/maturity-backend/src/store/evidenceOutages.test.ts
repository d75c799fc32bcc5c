import { TABLES } from './tables';
import type { EntityEvaluationWrite, EvidenceOutageWrite } from './types';
import {
  countRows,
  createStore,
  createTestDatabases,
  evaluation,
  MODEL_ID,
} from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const A = 'component:default/a';
const B = 'component:default/b';
const T1 = new Date('2026-03-01T00:00:00.000Z');
const T2 = new Date('2026-03-02T00:00:00.000Z');
const T3 = new Date('2026-03-03T00:00:00.000Z');
const T4 = new Date('2026-03-04T00:00:00.000Z');

const down = (
  message: string,
  keptChecks: string[] = ['c1'],
): EvidenceOutageWrite => ({ source: 'techInsights', message, keptChecks });

/** An evaluation of `ref` with a check, and what it found about its sources. */
function write(
  ref: string,
  outages: EvidenceOutageWrite[] | undefined,
  extra: { modelId?: string; ownerRef?: string } = {},
): EntityEvaluationWrite {
  return {
    ...evaluation({
      entityRef: ref,
      modelId: extra.modelId,
      ownerRef: extra.ownerRef,
      domains: { build: 1 },
      checks: [{ checkId: 'c1' }],
    }),
    ...(outages ? { evidenceOutages: outages } : {}),
  };
}

describe('evidence outages', () => {
  it.each(databases.eachSupportedId())(
    'keep since across failures, take the last success from the previous evaluation and go on recovery, %p',
    async databaseId => {
      const { knex, store } = await createStore(databases, databaseId);
      await store.applyEvaluations([write(A, []), write(B, [])], T1);
      expect(await countRows(knex, TABLES.evidenceOutages)).toBe(0);

      // A's source goes down; B was never evaluated before its outage
      await store.applyEvaluations(
        [
          write(A, [down('timeout')]),
          write('component:default/new', [down('timeout', [])]),
        ],
        T2,
      );
      await store.applyEvaluations([write(A, [down('503')])], T3);

      const a = (await store.getScorecard(A, MODEL_ID))!;
      expect(a.outages).toEqual([
        {
          entityRef: A,
          source: 'techInsights',
          since: T2.toISOString(),
          lastFailureAt: T3.toISOString(),
          lastSuccessAt: T1.toISOString(),
          message: '503',
          keptChecks: { [MODEL_ID]: ['c1'] },
        },
      ]);
      const fresh = (await store.getScorecard(
        'component:default/new',
        MODEL_ID,
      ))!;
      expect(fresh.outages).toEqual([
        expect.not.objectContaining({ lastSuccessAt: expect.anything() }),
      ]);
      expect(fresh.outages![0].keptChecks).toEqual({});
      expect((await store.getScorecard(B, MODEL_ID))!.outages).toBeUndefined();

      // a write that does not know about sources leaves outages alone
      await store.applyEvaluations([write(A, undefined)], T4);
      expect((await store.getScorecard(A, MODEL_ID))!.outages).toHaveLength(1);

      // read again: the outage goes
      await store.applyEvaluations([write(A, [])], T4);
      expect((await store.getScorecard(A, MODEL_ID))!.outages).toBeUndefined();
      expect(await countRows(knex, TABLES.evidenceOutages)).toBe(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'record the kept checks per model and ignore evaluations older than the stored one, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations(
        [write(A, []), write(A, [], { modelId: 'other' })],
        T1,
      );
      await store.applyEvaluations(
        [
          write(A, [down('timeout', ['c1'])]),
          write(A, [down('timeout', ['x', 'y'])], { modelId: 'other' }),
        ],
        T3,
      );
      // evidence read before the stored evaluation: not recorded
      await store.applyEvaluations([write(A, [])], T2);
      const [outage] = (await store.getScorecard(A, MODEL_ID))!.outages!;
      expect(outage.keptChecks).toEqual({
        [MODEL_ID]: ['c1'],
        other: ['x', 'y'],
      });
      expect(outage.since).toBe(T3.toISOString());
    },
  );

  it.each(databases.eachSupportedId())(
    'are removed when the entity leaves the catalog, %p',
    async databaseId => {
      const { knex, store } = await createStore(databases, databaseId);
      await store.applyEvaluations(
        [
          write(A, [down('timeout')]),
          write(A, [down('timeout')], { modelId: 'other' }),
          write(B, [down('timeout')]),
        ],
        T1,
      );
      await store.deleteEntities(MODEL_ID, [A]);
      // still evaluated under the other model
      expect(await countRows(knex, TABLES.evidenceOutages)).toBe(2);
      await store.deleteEntities('other', [A]);
      expect(
        (await knex(TABLES.evidenceOutages).select('entity_ref')).map(
          r => r.entity_ref,
        ),
      ).toEqual([B]);
    },
  );

  it.each(databases.eachSupportedId())(
    'are summed up for the catalog and a group subtree, longest down first, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.replaceGroups([
        { groupRef: 'group:default/org' },
        { groupRef: 'group:default/team', parentRef: 'group:default/org' },
        { groupRef: 'group:default/other' },
      ]);
      const owned = { ownerRef: 'group:default/team' };
      await store.applyEvaluations(
        [write(A, [], owned), write(B, []), write('component:default/c', [])],
        T1,
      );
      await store.applyEvaluations([write(B, [down('first')])], T2);
      await store.applyEvaluations(
        [
          write(A, [down('second', ['c1', 'c2'])], owned),
          write('component:default/c', []),
        ],
        T3,
      );

      const all = await store.getStaleEvidence({
        modelId: MODEL_ID,
        limit: 100,
      });
      expect(all).toEqual({
        modelId: MODEL_ID,
        entities: 2,
        checks: 3,
        sources: [
          {
            source: 'techInsights',
            entities: 2,
            checks: 3,
            since: T2.toISOString(),
            lastSuccessAt: T1.toISOString(),
            message: 'second',
          },
        ],
        items: [
          {
            entityRef: B,
            outages: [
              {
                source: 'techInsights',
                since: T2.toISOString(),
                lastFailureAt: T2.toISOString(),
                lastSuccessAt: T1.toISOString(),
                message: 'first',
                checks: 1,
              },
            ],
          },
          expect.objectContaining({ entityRef: A }),
        ],
      });
      expect(
        (await store.getStaleEvidence({ modelId: MODEL_ID, limit: 1 }))!.items,
      ).toHaveLength(1);

      const org = await store.getStaleEvidence({
        modelId: MODEL_ID,
        groupRef: 'group:default/org',
        limit: 100,
      });
      expect(org).toMatchObject({ entities: 1, checks: 2 });
      expect(org!.items.map(i => i.entityRef)).toEqual([A]);
      expect(
        await store.getStaleEvidence({
          modelId: MODEL_ID,
          groupRef: 'group:default/other',
          limit: 100,
        }),
      ).toEqual({
        modelId: MODEL_ID,
        entities: 0,
        checks: 0,
        sources: [],
        items: [],
      });
      expect(
        await store.getStaleEvidence({
          modelId: MODEL_ID,
          groupRef: 'group:default/nobody',
          limit: 100,
        }),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'list the sources a run could not read, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const id = await store.startRun('scheduled', T1);
      await store.finishRun(id, {
        status: 'succeeded',
        entities: 3,
        changedEntities: 0,
        errors: 0,
        errorDetails: [],
        sourcesDown: [{ source: 'techInsights', entities: 3, message: 'x' }],
      });
      const other = await store.startRun('scheduled', T2);
      await store.finishRun(other, {
        status: 'succeeded',
        entities: 3,
        changedEntities: 0,
        errors: 0,
        errorDetails: [],
        sourcesDown: [],
      });
      const [second, first] = await store.listRuns(2);
      expect(first.sourcesDown).toEqual([
        { source: 'techInsights', entities: 3, message: 'x' },
      ]);
      expect(second).not.toHaveProperty('sourcesDown');
    },
  );
});
