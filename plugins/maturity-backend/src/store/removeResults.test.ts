import { TABLES } from './tables';
import {
  countCheckResults,
  countRows,
  createStore,
  createTestDatabases,
  evaluation,
  MODEL_ID,
} from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const NOW = new Date('2026-04-01T00:00:00.000Z');

function entity(i: number, modelId = MODEL_ID) {
  return evaluation({
    entityRef: `component:default/svc-${String(i).padStart(4, '0')}`,
    modelId,
    domains: { build: 1, deploy: 2 },
    checks: [
      { checkId: 'a', domainId: 'build' },
      { checkId: 'b', domainId: 'build' },
      { checkId: 'c', domainId: 'deploy' },
    ],
  });
}

describe('DatabaseMaturityStore removal of results', () => {
  it.each(databases.eachSupportedId())(
    'deletes entities in chunks and keeps their history, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const writes = Array.from({ length: 620 }, (_, i) => entity(i));
      await store.applyEvaluations(writes, NOW);
      await store.applyEvaluations([entity(1, 'other')], NOW);
      const historyBefore = await countRows(knex, TABLES.levelHistory);

      const gone = writes.slice(0, 600).map(w => w.entity.entityRef);
      await store.deleteEntities(MODEL_ID, gone);

      const left = await store.listEvaluatedEntityRefs(MODEL_ID);
      expect(left).toEqual(writes.slice(600).map(w => w.entity.entityRef));
      expect(await countCheckResults(knex, { model_id: MODEL_ID })).toBe(
        20 * 3,
      );
      expect(
        await countRows(knex, TABLES.domainLevels, { model_id: MODEL_ID }),
      ).toBe(20 * 2);
      expect(await countRows(knex, TABLES.levelHistory)).toBe(historyBefore);
      expect(await store.getScorecard(gone[1], MODEL_ID)).toBeUndefined();
      expect(await store.getScorecard(gone[1], 'other')).toBeDefined();
      expect(
        await store.getHistory({ entityRef: gone[0], modelId: MODEL_ID }),
      ).toHaveLength(3);

      await store.deleteEntities(MODEL_ID, []);
      expect(await store.listEvaluatedEntityRefs(MODEL_ID)).toHaveLength(20);
    },
  );

  it.each(databases.eachSupportedId())(
    'deletes results of checks and domains no longer in the model, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await store.applyEvaluations(
        [entity(1), entity(2), entity(3, 'other')],
        NOW,
      );

      const deleted = await store.deleteChecksNotIn(
        MODEL_ID,
        ['a', 'x'],
        ['build'],
      );
      // checks b and c of two entities, domain deploy of two entities
      expect(deleted).toBe(2 * 2 + 2);

      const scorecard = (await store.getScorecard(
        'component:default/svc-0001',
        MODEL_ID,
      ))!;
      expect(scorecard.checks.map(c => c.checkId)).toEqual(['a']);
      expect(scorecard.domains.map(d => d.domainId)).toEqual(['build']);
      expect(await countCheckResults(knex, { model_id: 'other' })).toBe(3);
      expect(await countRows(knex, TABLES.levelHistory)).toBe(9);

      // the same evaluation as before is compared again, not skipped
      const rewritten = await store.applyEvaluations([entity(1)], NOW);
      expect(rewritten).toEqual({
        changedEntities: 1,
        changedChecks: 2,
        historyRows: 1,
        levelChanges: [expect.anything()],
      });
      await store.deleteChecksNotIn(MODEL_ID, ['a'], ['build']);

      expect(await store.deleteChecksNotIn(MODEL_ID, ['a'], ['build'])).toBe(0);

      expect(await store.deleteChecksNotIn(MODEL_ID, [], [])).toBe(4);
      expect(await store.listEvaluatedEntityRefs(MODEL_ID)).toHaveLength(2);

      // the same ids again: documents are not scanned, even when a write
      // brought checks the model lacks (evaluations of the model never do)
      await store.applyEvaluations([entity(1)], NOW);
      expect(await store.deleteChecksNotIn(MODEL_ID, [], [])).toBe(0);
    },
  );
});
