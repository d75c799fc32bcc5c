import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { MaturityModel } from '@devops-maturity/plugin-maturity-common';
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

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'a', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};
const ref = stringifyEntityRef(service);

const check = (id: string, level: number, rule: object) => ({
  id,
  title: id,
  level,
  rule,
  remediation: { markdown: 'Fix it.' },
});

const model = {
  id: 'test-model',
  title: 'Test',
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: [
    {
      id: 'quality',
      title: 'Quality',
      capabilities: [
        {
          id: 'ci',
          title: 'CI',
          checks: [
            check('lead-time', 1, {
              fact: 'techInsights.dora.leadTimeHours',
              operator: 'lt',
              value: 24,
            }),
            check('coverage', 1, {
              fact: 'pushed.ci.coverage',
              operator: 'gte',
              value: 80,
            }),
            check('coverage-rising', 2, {
              fact: 'pushed.ci.coverage',
              operator: 'trend',
              value: { days: 30, direction: 'increase', minChangePercent: 10 },
            }),
          ],
        },
      ],
    },
  ],
} as unknown as MaturityModel;

/** A provider answering with the evidence the test gives per call, or throwing. */
class ScriptedProvider implements MaturityFactProvider {
  calls = 0;
  requirements?: FactRequirements;
  constructor(
    readonly id: string,
    readonly evidenceSource: MaturityFactProvider['evidenceSource'],
    private readonly script: (call: number) => ProvidedEvidence,
  ) {}
  async getEvidence(request: { requirements: FactRequirements }) {
    this.calls += 1;
    this.requirements = request.requirements;
    return new Map([[ref, this.script(this.calls)]]);
  }
}

describe.each(databases.eachSupportedId())(
  'EvaluationRunner with pushed facts on %p',
  databaseId => {
    it('asks for pushed facts, evaluates them, and keeps their results while the pushed source is down', async () => {
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({
          knex: await databases.init(databaseId),
        }),
      });
      const techInsights = new ScriptedProvider(
        'tech-insights',
        'techInsights',
        call => ({
          techInsights: { dora: { facts: { leadTimeHours: call * 20 } } },
        }),
      );
      const pushed = new ScriptedProvider('pushed-facts', 'pushed', call => {
        if (call > 1) throw new Error('pushed facts store offline');
        return {
          pushed: { ci: { facts: { coverage: 85 } } },
          pushedHistory: {
            ci: {
              coverage: [
                {
                  timestamp: new Date(
                    Date.now() - 40 * 86_400_000,
                  ).toISOString(),
                  value: 70,
                },
              ],
            },
          },
        };
      });
      const runner = new EvaluationRunner({
        catalog: catalogServiceMock({ entities: [service] }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        store,
        models: new ModelRegistry([model]),
        providers: [techInsights, pushed],
        kinds: ['component'],
        batchSize: 250,
      });
      const statuses = async () =>
        Object.fromEntries(
          (await store.getScorecard(ref, 'test-model'))!.checks.map(c => [
            c.checkId,
            c.status,
          ]),
        );

      await runner.runAll();
      expect(pushed.requirements).toEqual({
        techInsights: { dora: ['leadTimeHours'] },
        history: {},
        pushed: { ci: ['coverage'] },
        pushedHistory: { ci: { coverage: 30 } },
      });
      expect(await statuses()).toEqual({
        'lead-time': 'passed',
        coverage: 'passed',
        'coverage-rising': 'passed',
      });

      // The pushed source fails: its checks keep their stored results,
      // TechInsights checks are evaluated as usual (lead time 40 now).
      const down = await runner.runAll();
      expect(down.errors).toEqual([
        {
          provider: 'pushed-facts',
          message:
            'evidence provider pushed-facts failed: Error: pushed facts store offline',
        },
      ]);
      expect(await statuses()).toEqual({
        'lead-time': 'failed',
        coverage: 'passed',
        'coverage-rising': 'passed',
      });
    });
  },
);
