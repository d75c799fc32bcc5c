import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type {
  FactRequirements,
  MaturityFactProvider,
  ProvidedEvidence,
} from '@devops-maturity/plugin-maturity-node';
import { ModelRegistry } from '../model/ModelRegistry';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { EvaluationRunner } from './EvaluationRunner';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const service = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner },
  relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
});
const group = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
  relations: parent
    ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
    : [],
});

const model: MaturityModel = {
  id: 'test-model',
  title: 'Test',
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  indicators: [
    {
      id: 'fast-delivery',
      title: 'Fast delivery',
      aggregation: { type: 'passRate', check: 'fast' },
      unit: '%',
      target: 100,
      direction: 'increase',
    },
    {
      id: 'lead-time-change',
      title: 'Lead time change',
      aggregation: {
        type: 'change',
        fact: 'techInsights.dora.leadTimeHours',
        baseline: 'configured',
      },
      unit: '%',
      target: -40,
      direction: 'decrease',
    },
  ],
  domains: [
    {
      id: 'delivery',
      title: 'Delivery',
      capabilities: [
        {
          id: 'speed',
          title: 'Speed',
          checks: [
            {
              id: 'fast',
              title: 'Lead time under a day',
              level: 1,
              appliesTo: { kind: 'component' },
              rule: {
                fact: 'techInsights.dora.leadTimeHours',
                operator: 'lt',
                value: 24,
              },
              remediation: { markdown: 'Ship smaller changes.' },
            },
          ],
        },
      ],
    },
  ],
};

/** Lead times by entity name, with a history point on the baseline date. */
class LeadTimeProvider implements MaturityFactProvider {
  readonly id = 'lead-time';
  requirements?: FactRequirements;
  constructor(public leadTimes: Record<string, number>) {}
  async getEvidence(options: {
    entities: Entity[];
    requirements: FactRequirements;
  }) {
    this.requirements = options.requirements;
    const result = new Map<string, ProvidedEvidence>();
    for (const entity of options.entities) {
      const hours = this.leadTimes[entity.metadata.name];
      if (hours === undefined) continue;
      result.set(stringifyEntityRef(entity), {
        techInsights: { dora: { facts: { leadTimeHours: hours } } },
        factHistory: {
          dora: {
            leadTimeHours: [{ timestamp: '2026-01-01T00:00:00Z', value: 40 }],
          },
        },
      });
    }
    return result;
  }
}

describe.each(databases.eachSupportedId())(
  'EvaluationRunner indicators on %p',
  databaseId => {
    it('stores samples when entities are evaluated and the values of every group at the end of a full run', async () => {
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({
          knex: await databases.init(databaseId),
        }),
      });
      const entities = [
        group('retail'),
        group('payments', 'retail'),
        service('pay-api', 'payments'),
        service('shop', 'retail'),
        service('legacy', 'retail'),
      ];
      const provider = new LeadTimeProvider({ 'pay-api': 10, shop: 30 });
      const runner = new EvaluationRunner({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        store,
        models: new ModelRegistry([model]),
        providers: [provider],
        kinds: ['component', 'group'],
        batchSize: 250,
        baselineDate: '2026-01-01',
      });
      await runner.runAll();

      // the history of the change indicator's fact reaches the baseline date
      expect(provider.requirements?.history.dora.leadTimeHours).toBeGreaterThan(
        (Date.now() - Date.parse('2026-01-01')) / 86_400_000,
      );
      expect(
        await store.getIndicatorSamples('test-model', [
          'component:default/pay-api',
          'component:default/legacy',
        ]),
      ).toEqual(
        new Map([
          [
            'component:default/pay-api',
            { 'fast-delivery': 100, 'lead-time-change': -75 },
          ],
          [
            'component:default/legacy',
            { 'fast-delivery': null, 'lead-time-change': null },
          ],
        ]),
      );

      const today = new Date().toISOString().slice(0, 10);
      const values = async (groupRef: string | null) =>
        (await store.getIndicatorValues({
          modelId: 'test-model',
          groupRef,
          fromDay: today,
        }))!.map(v => [v.indicatorId, v.value, v.entityCount, v.noDataCount]);
      expect(await values('group:default/payments')).toEqual([
        ['fast-delivery', 100, 1, 0],
        ['lead-time-change', -75, 1, 0],
      ]);
      // retail includes payments; legacy has no data
      expect(await values('group:default/retail')).toEqual([
        ['fast-delivery', 50, 2, 1],
        ['lead-time-change', -75, 2, 1],
      ]);
      expect(await values(null)).toEqual(await values('group:default/retail'));

      // a refresh stores the entity's new samples; the values wait for a full run
      provider.leadTimes.legacy = 12;
      await runner.refreshEntity(entities[4]);
      expect(
        (
          await store.getIndicatorSamples('test-model', [
            'component:default/legacy',
          ])
        ).get('component:default/legacy'),
      ).toEqual({ 'fast-delivery': 100, 'lead-time-change': -70 });
      expect(await values('group:default/retail')).toEqual([
        ['fast-delivery', 50, 2, 1],
        ['lead-time-change', -75, 2, 1],
      ]);
      await runner.runAll();
      expect(await values('group:default/retail')).toEqual([
        ['fast-delivery', 200 / 3, 3, 0],
        // p50 (nearest rank) of -75, -70, -25
        ['lead-time-change', -70, 3, 0],
      ]);
    });
  },
);
