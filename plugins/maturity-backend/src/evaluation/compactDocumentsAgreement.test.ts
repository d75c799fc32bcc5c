import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  compileModel,
  evaluateEntity,
  loadModelOrThrow,
} from '@devops-maturity/plugin-maturity-common';
import fs from 'fs';
import { demoEntities } from '../__testUtils__/demoEntities';
import { defaultModelPath } from '../model/loadModels';
import { TABLES } from '../store/tables';
import {
  createStore,
  createTestDatabases,
} from '../store/__testUtils__/fixtures';
import { entityInfoOf } from './entityInfo';
import { toEvaluationWrite } from './toEvaluationWrite';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const NOW = new Date('2026-06-01T00:00:00.000Z');
const attestedAt = '2026-05-01T00:00:00.000Z';

describe('compact check documents on the demo catalog', () => {
  it.each(databases.eachSupportedId())(
    'serve the same scorecards as documents with every field, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const compiled = compileModel(
        loadModelOrThrow(fs.readFileSync(defaultModelPath(), 'utf8')),
      );
      const attestationCheck = compiled.checks.find(c => c.check.attestation)!;
      const writes = demoEntities.flatMap(entity => {
        const evaluation = evaluateEntity(
          compiled,
          {
            entity,
            attestations: {
              [attestationCheck.check.id]: {
                author: 'user:default/jane',
                attestedAt,
                expiresAt: '2027-05-01T00:00:00.000Z',
                evidenceUrl: 'https://wiki.example/evidence → ≥',
              },
            },
          },
          { now: NOW },
        );
        const common = {
          entity: entityInfoOf(entity),
          evaluation,
          keepStoredResultsFor: [],
        };
        return [
          toEvaluationWrite({ ...common, modelId: 'compact', compiled }),
          toEvaluationWrite({ ...common, modelId: 'full' }),
        ];
      });
      await store.applyEvaluations(writes, NOW);

      let compared = 0;
      for (const entity of demoEntities) {
        const ref = stringifyEntityRef(entity);
        const compact = await store.getScorecard(ref, 'compact');
        const full = await store.getScorecard(ref, 'full');
        compared += compact!.checks.length;
        expect(compact!.checks).toEqual(full!.checks);
        expect(compact!.domains).toEqual(full!.domains);
        expect({ ...compact!.entity, modelId: '' }).toEqual({
          ...full!.entity,
          modelId: '',
        });
      }
      expect(compared).toBeGreaterThan(100);
      const sizes: Array<{ model_id: string; bytes: string | number }> =
        await knex(TABLES.entityChecks)
          .select('model_id')
          .sum({ bytes: knex.raw('length(checks)') })
          .groupBy('model_id');
      const bytes = new Map(sizes.map(s => [s.model_id, Number(s.bytes)]));
      expect(bytes.get('compact')!).toBeLessThan(bytes.get('full')! * 0.85);
    },
  );
});
