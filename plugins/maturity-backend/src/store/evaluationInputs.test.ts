import {
  createStore,
  createTestDatabases,
  evaluation,
  MODEL_ID,
} from './__testUtils__/fixtures';
import { TABLES } from './tables';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-01T11:00:00.000Z');
const T3 = new Date('2026-03-01T12:00:00.000Z');
const END_OF_DAY = Date.parse('2026-03-02T00:00:00.000Z');
const A = 'component:default/a';
const B = 'component:default/b';

const write = (entityRef: string, digest?: string, level = 2) => ({
  ...evaluation({ entityRef, domains: { build: level }, level }),
  ...(digest ? { inputs: { digest, validUntil: END_OF_DAY } } : {}),
});

describe.each(databases.eachSupportedId())(
  'evaluation inputs on %p',
  databaseId => {
    it('are stored with every write, null when unknown', async () => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations([write(A, 'd1'), write(B)], T1);
      const stored = await store.readEvaluationInputs(MODEL_ID, [A, B, 'x']);
      expect(stored).toEqual(
        new Map([
          [
            A,
            {
              digest: 'd1',
              validUntil: END_OF_DAY,
              evaluatedAt: T1.toISOString(),
            },
          ],
          [B, { digest: null, evaluatedAt: T1.toISOString() }],
        ]),
      );
    });

    it('are updated when the evaluation is unchanged but its inputs are not', async () => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations([write(A, 'd1'), write(B, 'd1')], T1);
      const result = await store.applyEvaluations(
        [write(A, 'd2'), write(B)],
        T2,
      );
      expect(result.changedEntities).toBe(0);
      const stored = await store.readEvaluationInputs(MODEL_ID, [A, B]);
      expect(stored.get(A)).toMatchObject({
        digest: 'd2',
        evaluatedAt: T2.toISOString(),
      });
      expect(stored.get(B)).toMatchObject({
        digest: null,
        evaluatedAt: T2.toISOString(),
      });
      expect((await store.getScorecard(A, MODEL_ID))?.entity.level).toBe(2);
    });

    it('are stored with a changed evaluation', async () => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations([write(A, 'd1')], T1);
      const result = await store.applyEvaluations([write(A, 'd2', 3)], T2);
      expect(result.changedEntities).toBe(1);
      expect(
        (await store.readEvaluationInputs(MODEL_ID, [A])).get(A)?.digest,
      ).toBe('d2');
    });

    it('skipped entities only get evaluated_at bumped, unless another write changed their inputs', async () => {
      const { knex, store } = await createStore(databases, databaseId);
      await store.applyEvaluations([write(A, 'd1'), write(B, 'd1')], T1);
      const before = await knex(TABLES.entities).orderBy('entity_ref');
      // b was evaluated again since its inputs were read
      await store.applyEvaluations([write(B, 'd9', 3)], T2);
      const result = await store.applyEvaluations([], T3, [
        { modelId: MODEL_ID, entityRef: A, digest: 'd1' },
        { modelId: MODEL_ID, entityRef: B, digest: 'd1' },
      ]);
      expect(result).toMatchObject({ changedEntities: 0, levelChanges: [] });
      const after = await knex(TABLES.entities).orderBy('entity_ref');
      expect(after[0]).toEqual({
        ...before[0],
        evaluated_at: T3.toISOString(),
      });
      expect(after[1]).toMatchObject({
        evidence_digest: 'd9',
        evaluated_at: T2.toISOString(),
      });
    });

    it('a skipped entity evaluated later than the skip keeps its evaluated_at', async () => {
      const { knex, store } = await createStore(databases, databaseId);
      await store.applyEvaluations([write(A, 'd1')], T3);
      await store.applyEvaluations([], T2, [
        { modelId: MODEL_ID, entityRef: A, digest: 'd1' },
      ]);
      const [row] = await knex(TABLES.entities);
      expect(row.evaluated_at).toBe(T3.toISOString());
    });

    it('are forgotten when checks leave the model', async () => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations(
        [
          {
            ...evaluation({
              entityRef: A,
              checks: [
                { checkId: 'c1', domainId: 'build', status: 'passed' },
                { checkId: 'c2', domainId: 'build', status: 'passed' },
              ],
            }),
            inputs: { digest: 'd1', validUntil: END_OF_DAY },
          },
        ],
        T1,
      );
      await store.deleteChecksNotIn(MODEL_ID, ['c1'], ['build']);
      expect(
        (await store.readEvaluationInputs(MODEL_ID, [A])).get(A)?.digest,
      ).toBeNull();
    });
  },
);
