import { checkPlacements } from './checkPlacements';
import { TABLES } from './tables';
import type { EntityEvaluationWrite } from './types';
import {
  createStore,
  createTestDatabases,
  evaluation,
  manyChecks,
  MODEL_ID,
} from './__testUtils__/fixtures';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-02T10:00:00.000Z');

/** An evaluation with 12 checks over two domains, one value with non-ASCII text. */
function evaluationOf(entityRef: string): EntityEvaluationWrite {
  const write = evaluation({
    entityRef,
    domains: { build: 2, deploy: 3 },
    checks: [
      ...manyChecks(11, ['build', 'deploy']),
      {
        checkId: 'ratio',
        domainId: 'deploy',
        level: 2,
        status: 'failed',
        value: '≥ 3 → é',
        message: 'deploys per week is 2 (≥ 3)',
      },
    ],
  });
  return write;
}

/** The placements of the model the fixture checks come from. */
function placementsOf(write: EntityEvaluationWrite) {
  return checkPlacements(write.checks);
}

async function storedDocument(knex: any, entityRef: string): Promise<string> {
  const row = await knex(TABLES.entityChecks)
    .where({ model_id: MODEL_ID, entity_ref: entityRef })
    .first();
  return row.checks;
}

describe('check documents with check placements', () => {
  it.each(databases.eachSupportedId())(
    'store less and serve the same results as documents without, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const plain = evaluationOf('component:default/plain');
      const placed = evaluationOf('component:default/placed');
      placed.placements = placementsOf(placed);
      await store.applyEvaluations([plain, placed], T1);

      const plainText = await storedDocument(knex, 'component:default/plain');
      const placedText = await storedDocument(knex, 'component:default/placed');
      expect(JSON.parse(plainText)).not.toHaveProperty('p');
      expect(JSON.parse(placedText).p).toBe(placed.placements.id);
      expect(placedText.length).toBeLessThan(plainText.length * 0.85);

      const a = await store.getScorecard('component:default/plain', MODEL_ID);
      const b = await store.getScorecard('component:default/placed', MODEL_ID);
      expect(b!.checks).toEqual(a!.checks);
      expect(b!.checks).toHaveLength(12);
      const many = await store.readScorecardsOf(MODEL_ID, [
        'component:default/plain',
        'component:default/placed',
      ]);
      expect(many.get('component:default/placed')!.checks).toEqual(a!.checks);
      const results = await store.getCheckResults(MODEL_ID, [
        'component:default/placed',
      ]);
      expect(results.get('component:default/placed')).toEqual(a!.checks);
    },
  );

  it.each(databases.eachSupportedId())(
    'write an unchanged evaluation once, and only the changed result later, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const write = evaluationOf('component:default/placed');
      write.placements = placementsOf(write);
      await store.applyEvaluations([write], T1);
      const again = await store.applyEvaluations([write], T2);
      expect(again.changedEntities).toBe(0);

      const changed = evaluationOf('component:default/placed');
      changed.placements = write.placements;
      changed.checks[0] = { ...changed.checks[0], status: 'failed' };
      const result = await store.applyEvaluations([changed], T2);
      expect(result.changedChecks).toBe(1);
      const card = await store.getScorecard(
        'component:default/placed',
        MODEL_ID,
      );
      expect(card!.checks[0]).toMatchObject({
        checkId: 'check-0',
        status: 'failed',
        updatedAt: T2.toISOString(),
      });
      expect(card!.checks[1].updatedAt).toBe(T1.toISOString());
    },
  );

  it.each(databases.eachSupportedId())(
    'read documents as written when the model later moves or removes checks, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const first = evaluationOf('component:default/first');
      first.placements = placementsOf(first);
      await store.applyEvaluations([first], T1);
      const before = await store.getScorecard(
        'component:default/first',
        MODEL_ID,
      );

      // the next model version moves check-0 and drops check-1
      const moved = evaluationOf('component:default/second');
      moved.checks = moved.checks
        .filter(c => c.checkId !== 'check-1')
        .map(c => (c.checkId === 'check-0' ? { ...c, level: 5 } : c));
      moved.placements = placementsOf(moved);
      await store.applyEvaluations([moved], T1);

      expect(
        await store.getScorecard('component:default/first', MODEL_ID),
      ).toEqual(before);
      const second = await store.getScorecard(
        'component:default/second',
        MODEL_ID,
      );
      expect(second!.checks.find(c => c.checkId === 'check-0')!.level).toBe(5);

      // results removed from documents keep the others readable
      await store.deleteChecksNotIn(
        MODEL_ID,
        moved.checks.map(c => c.checkId),
        ['build', 'deploy'],
      );
      const after = await store.getScorecard(
        'component:default/first',
        MODEL_ID,
      );
      expect(after!.checks).toEqual(
        before!.checks.filter(c => c.checkId !== 'check-1'),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'read documents of both earlier layouts, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const write = evaluation({
        entityRef: 'component:default/old',
        domains: { build: 1 },
        checks: [{ checkId: 'a' }],
      });
      await store.applyEvaluations([write], T1);
      const t = T1.toISOString();
      const first = JSON.stringify([
        ['a', 'build', 'build-cap', 1, 'passed', 'catalog', 'ok', t],
        ['b', 'build', 'build-cap', 2, 'failed', 'catalog', 'no', t, null],
      ]);
      const second = JSON.stringify({
        t: [t],
        i: [0, 0],
        c: [
          ['a', 'build', 'build-cap', 1, 'passed', 'catalog', 'ok'],
          ['b', 'build', 'build-cap', 2, 'failed', 'catalog', 'no', null],
        ],
      });
      const expected = [
        {
          checkId: 'a',
          domainId: 'build',
          capabilityId: 'build-cap',
          level: 1,
          status: 'passed',
          source: 'catalog',
          message: 'ok',
          updatedAt: t,
        },
        {
          checkId: 'b',
          domainId: 'build',
          capabilityId: 'build-cap',
          level: 2,
          status: 'failed',
          source: 'catalog',
          message: 'no',
          updatedAt: t,
          value: null,
        },
      ];
      for (const document of [first, second]) {
        await knex(TABLES.entityChecks)
          .where({ model_id: MODEL_ID, entity_ref: 'component:default/old' })
          .update({ checks: document });
        const card = await store.getScorecard(
          'component:default/old',
          MODEL_ID,
        );
        expect(card!.checks).toEqual(expected);
      }
    },
  );
});
