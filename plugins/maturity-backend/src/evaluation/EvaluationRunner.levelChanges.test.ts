import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { EventParams } from '@backstage/plugin-events-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type { ProvidedEvidence } from '@devops-maturity/plugin-maturity-node';
import { LevelChangeEventPublisher } from '../events/LevelChangeEventPublisher';
import { ModelRegistry } from '../model/ModelRegistry';
import { RecordingNotificationService } from '../notifications/__testUtils__/RecordingNotificationService';
import { MaturityNotificationSender } from '../notifications/MaturityNotificationSender';
import { RegressionNotifier } from '../notifications/RegressionNotifier';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { EvaluationRunner } from './EvaluationRunner';
import type {
  LevelChange,
  LevelChangeListener,
} from './levelChanges/LevelChange';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const service = (name: string, owned = true): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    title: `${name} service`,
    description: 'd',
  },
  spec: { type: 'service', lifecycle: 'production' },
  relations: owned
    ? [{ type: 'ownedBy', targetRef: 'group:default/team-a' }]
    : [],
});

/** Level 1: a description; level 2: coverage ≥ 80. */
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
          id: 'basics',
          title: 'Basics',
          checks: [
            {
              id: 'has-description',
              title: 'Has a description',
              level: 1,
              rule: { fact: 'entity.metadata.description', operator: 'exists' },
              remediation: { markdown: 'Add one.' },
            },
            {
              id: 'coverage',
              title: 'Coverage at least 80 %',
              level: 2,
              rule: {
                fact: 'techInsights.quality.testCoverage',
                operator: 'gte',
                value: 80,
              },
              remediation: { markdown: 'Write tests.' },
            },
          ],
        },
      ],
    },
  ],
} as MaturityModel;

describe.each(databases.eachSupportedId())(
  'EvaluationRunner level change listeners on %p',
  databaseId => {
    async function setup(
      entities: Entity[],
      extra: LevelChangeListener[] = [],
      listenerTimeoutMs = 60_000,
    ) {
      const coverage = { value: 91 };
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({
          knex: await databases.init(databaseId),
        }),
      });
      const models = new ModelRegistry([model]);
      const logger = mockServices.logger.mock();
      const notifications = new RecordingNotificationService();
      const published: EventParams[] = [];
      const events = {
        publish: async (params: EventParams) => {
          published.push(params);
        },
        subscribe: async () => {},
      };
      const runner = new EvaluationRunner({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        logger,
        store,
        models,
        providers: [
          {
            id: 'coverage',
            async getEvidence({ entities: page }) {
              return new Map<string, ProvidedEvidence>(
                page.map(e => [
                  stringifyEntityRef(e),
                  {
                    techInsights: {
                      quality: { facts: { testCoverage: coverage.value } },
                    },
                  },
                ]),
              );
            },
          },
        ],
        kinds: ['component'],
        batchSize: 1,
        listenerTimeoutMs,
        listeners: [
          ...extra,
          new LevelChangeEventPublisher({ events, logger }),
          new RegressionNotifier({
            sender: new MaturityNotificationSender({
              notifications,
              settings: {
                levelRegression: true,
                campaignStart: true,
                campaignReminder: true,
                campaignEnd: true,
              },
              logger,
            }),
            models,
            logger,
          }),
        ],
      });
      return { store, runner, notifications, published, coverage, logger };
    }

    it('notifies a regression once, never a first evaluation, and publishes every change', async () => {
      const { runner, notifications, published, coverage } = await setup([
        service('a'),
      ]);
      await runner.runAll();
      expect(notifications.sent).toEqual([]);
      expect(published.map(p => p.eventPayload)).toEqual([
        expect.objectContaining({ domain: 'quality', from: null, to: 2 }),
        expect.objectContaining({ domain: 'overall', from: null, to: 2 }),
      ]);

      coverage.value = 50;
      const second = await runner.runAll();
      expect(notifications.sent).toHaveLength(1);
      expect(notifications.sent[0]).toMatchObject({
        recipients: { type: 'entity', entityRef: 'group:default/team-a' },
        payload: {
          title: 'a service dropped to Test L1 (+1 more)',
          severity: 'high',
          link: '/catalog/default/component/a/maturity',
          scope: expect.stringMatching(
            /^maturity:level-regression:component:default\/a:-:\d{4}-\d{2}-\d{2}$/,
          ),
        },
      });
      const at = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/);
      expect(published.slice(2)).toEqual([
        {
          topic: 'maturity',
          eventPayload: {
            type: 'maturity.level.changed',
            entityRef: 'component:default/a',
            model: 'test-model',
            domain: 'quality',
            from: 2,
            to: 1,
            at,
          },
        },
        {
          topic: 'maturity',
          eventPayload: {
            type: 'maturity.level.changed',
            entityRef: 'component:default/a',
            model: 'test-model',
            domain: 'overall',
            from: 2,
            to: 1,
            at,
          },
        },
      ]);
      expect(second.errors).toEqual([]);

      // nothing changed: nothing to tell
      await runner.runAll();
      expect(notifications.sent).toHaveLength(1);
      expect(published).toHaveLength(4);
    });

    it('hands over changes after their batch was committed, for per-entity refreshes too', async () => {
      const seen: Array<{ change: LevelChange; stored: number | null }> = [];
      const stores: DatabaseMaturityStore[] = [];
      const checking: LevelChangeListener = {
        id: 'checking',
        async onLevelChanges(changes) {
          for (const change of changes) {
            const card = await stores[0].getScorecard(
              change.entityRef,
              'test-model',
            );
            seen.push({ change, stored: card?.entity.level ?? null });
          }
        },
      };
      const entity = service('a');
      const ctx = await setup([entity], [checking]);
      stores.push(ctx.store);
      await ctx.runner.refreshEntity(entity);
      // the refresh does not wait for its listeners
      expect(await ctx.runner.whenListenersIdle(10_000)).toBe(true);
      expect(seen.map(s => [s.change.domainId, s.change.to, s.stored])).toEqual(
        [
          ['quality', 2, 2],
          [null, 2, 2],
        ],
      );
      ctx.coverage.value = 10;
      await ctx.runner.refreshEntities([stringifyEntityRef(entity)]);
      expect(
        seen.slice(2).map(s => [s.change.from, s.change.to, s.stored]),
      ).toEqual([
        [2, 1, 1],
        [2, 1, 1],
      ]);
      expect(ctx.notifications.sent).toHaveLength(1);
    });

    it('a refresh does not wait for its listeners; a full run waits at most the timeout', async () => {
      const gates: Array<() => void> = [];
      const slow: LevelChangeListener = {
        id: 'slow',
        onLevelChanges: () => new Promise<void>(resolve => gates.push(resolve)),
      };
      const entity = service('a');
      const { runner, logger } = await setup([entity], [slow], 50);
      const refreshed = await runner.refreshEntity(entity);
      expect(refreshed.changedEntities).toBe(1);
      expect(await runner.whenListenersIdle(0)).toBe(false);
      expect(gates).toHaveLength(1);

      const summary = await runner.runAll();
      expect(summary.errors).toEqual([]);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining(
          'level change listeners still busy after 50 ms',
        ),
      );
      gates.forEach(open => open());
      expect(await runner.whenListenersIdle(10_000)).toBe(true);
    });

    it('a failing listener is logged and neither fails the run nor stops the others', async () => {
      const failing: LevelChangeListener = {
        id: 'failing',
        onLevelChanges: async () => {
          throw new Error('listener broke');
        },
      };
      const { runner, published, logger, coverage, notifications } =
        await setup([service('a'), service('b', false)], [failing]);
      await runner.runAll();
      coverage.value = 0;
      const summary = await runner.runAll();
      expect(summary.errors).toEqual([]);
      expect(published).toHaveLength(8);
      // b has no owner: skipped
      expect(notifications.sent.map(n => n.payload.link)).toEqual([
        '/catalog/default/component/a/maturity',
      ]);
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringContaining('listener failing failed'),
      );
    });
  },
);
