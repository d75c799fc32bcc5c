import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import { ModelRegistry } from '../model/ModelRegistry';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { EvaluationRunner } from './EvaluationRunner';
import { ReevaluationQueue } from './ReevaluationQueue';
import { StoredEvidenceProvider } from './StoredEvidenceProvider';

jest.setTimeout(90_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const BANK = 'group:default/bank';
const PAYMENTS = 'group:default/payments';
const QUICKPAY = 'group:default/quickpay';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol';
const DAY = 24 * 3600 * 1000;

const group = (
  name: string,
  type: string,
  parent?: string,
  members: string[] = [],
  title?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: { type, children: [] },
  relations: [
    ...(parent ? [{ type: 'childOf', targetRef: parent }] : []),
    ...members.map(m => ({ type: 'hasMember', targetRef: m })),
  ],
});
const service = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner },
  relations: [{ type: 'ownedBy', targetRef: owner }],
});

// bank (organization) > payments (department) > quickpay (team)
const ENTITIES = [
  group('bank', 'organization', undefined, [], 'Harbor Bank'),
  group('payments', 'department', BANK, [ALICE], 'Payments'),
  group('quickpay', 'team', PAYMENTS, [ALICE, BOB]),
  service('gateway', QUICKPAY),
  service('ledger', PAYMENTS),
  service('own', QUICKPAY),
  service('elsewhere', 'group:default/other'),
];

const model: MaturityModel = {
  id: 'team-model',
  title: 'Team',
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: [
    {
      id: 'practice',
      title: 'Practice',
      capabilities: [
        {
          id: 'reviews',
          title: 'Reviews',
          checks: [
            {
              id: 'incident-review',
              title: 'Incident reviews',
              level: 1,
              appliesTo: { kind: 'component' },
              attestation: {
                evidence: 'Review minutes',
                validForDays: 90,
                scope: 'team',
              },
              remediation: { markdown: 'Hold reviews.' },
            },
            {
              id: 'two-members',
              title: 'At least two members',
              level: 1,
              appliesTo: { kind: 'group' },
              rule: {
                fact: 'relations.hasMember',
                operator: 'gte',
                value: 2,
              },
              remediation: { markdown: 'Staff the team.' },
            },
          ],
        },
      ],
    },
  ],
} as MaturityModel;

async function setUp(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseMaturityStore.create({
    database: mockServices.database({ knex }),
  });
  const models = new ModelRegistry([model]);
  const runner = new EvaluationRunner({
    catalog: catalogServiceMock({ entities: ENTITIES }),
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    store,
    models,
    providers: [new StoredEvidenceProvider(store, models)],
    kinds: ['component', 'group'],
    batchSize: 2,
  });
  const queue = new ReevaluationQueue({
    logger: mockServices.logger.mock(),
    evaluate: refs => runner.refreshEntities(refs),
  });
  const attest = (entityRef: string, author: string, daysAgo = 1) =>
    store.createAttestation(
      {
        entityRef,
        checkId: 'incident-review',
        evidenceUrl: `https://wiki.example.com/${entityRef}`,
        author,
        expiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
      },
      new Date(Date.now() - daysAgo * DAY),
    );
  /** Re-evaluates what a change on `groupRef` affects, in the background, and waits. */
  const reevaluate = async (groupRef: string) => {
    queue.enqueue(await store.listEntitiesUnderGroup(groupRef));
    await queue.idle();
  };
  const result = async (name: string, checkId = 'incident-review') => {
    const ref = name.includes(':') ? name : `component:default/${name}`;
    const stored = await store.getCheckResults(model.id, [ref]);
    return stored.get(ref)?.find(c => c.checkId === checkId);
  };
  return { store, runner, attest, reevaluate, result };
}

describe('team attestations through the runner', () => {
  it.each(databases.eachSupportedId())(
    'inherit from the nearest group, lose to the entity’s own, and stop counting when revoked, %p',
    async databaseId => {
      const { store, runner, attest, reevaluate, result } = await setUp(
        databaseId,
      );
      await runner.runAll();
      expect((await result('gateway'))?.status).toBe('unknown');

      await attest(BANK, CAROL, 3);
      const onPayments = await attest(PAYMENTS, ALICE, 2);
      await attest('component:default/own', BOB);
      await reevaluate(BANK);

      const gateway = await result('gateway');
      expect(gateway).toMatchObject({
        status: 'passed',
        value: { inheritedFrom: PAYMENTS, author: ALICE },
      });
      expect(gateway?.message).toMatch(
        /^attested for Payments by user:default\/alice on \d{4}-\d\d-\d\d, expires \d{4}-\d\d-\d\d, evidence https:\/\/wiki\.example\.com\/group:default\/payments$/,
      );
      expect((await result('ledger'))?.value).toMatchObject({
        inheritedFrom: PAYMENTS,
      });
      // the entity's own attestation wins
      expect(await result('own')).toMatchObject({
        status: 'passed',
        value: { author: BOB },
      });
      expect(
        ((await result('own'))?.value as any).inheritedFrom,
      ).toBeUndefined();
      // the team's own scorecard has the check, and it inherits too
      expect(await result(QUICKPAY)).toMatchObject({
        status: 'passed',
        value: { inheritedFrom: PAYMENTS },
      });
      // groups that are not teams: not applicable (not-applicable results are not stored)
      expect(await result(BANK)).toBeUndefined();
      expect((await result(BANK, 'two-members'))?.status).toBe('failed');
      // other owners are not concerned
      expect((await result('elsewhere'))?.status).toBe('unknown');
      // relation counts on groups
      expect((await result(QUICKPAY, 'two-members'))?.status).toBe('passed');
      expect((await result(PAYMENTS, 'two-members'))?.status).toBe('failed');

      // revoking the nearest group's attestation falls back to the ancestor's
      await store.revokeAttestation(onPayments.id, ALICE, new Date());
      await reevaluate(PAYMENTS);
      expect(await result('gateway')).toMatchObject({
        status: 'passed',
        value: { inheritedFrom: BANK },
      });
      expect((await result('gateway'))?.message).toMatch(
        /^attested for Harbor Bank by user:default\/carol/,
      );

      // groups' own results never count in the rollups of what groups own
      const rollup = await store.getGroupRollup({
        modelId: model.id,
        groupRef: BANK,
      } as any);
      expect(rollup?.entityCount).toBe(3);
    },
  );

  it.each(databases.eachSupportedId())(
    'ignores an expired team attestation, %p',
    async databaseId => {
      const { store, runner, reevaluate, result } = await setUp(databaseId);
      await runner.runAll();
      await store.createAttestation(
        {
          entityRef: PAYMENTS,
          checkId: 'incident-review',
          evidenceUrl: 'https://wiki.example.com/old',
          author: ALICE,
          expiresAt: new Date(Date.now() + 20 * DAY).toISOString(),
        },
        // attested 100 days ago: older than validForDays (90)
        new Date(Date.now() - 100 * DAY),
      );
      await reevaluate(PAYMENTS);
      expect((await result('gateway'))?.status).not.toBe('passed');
    },
  );
});
