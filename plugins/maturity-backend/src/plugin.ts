import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  MaturityModel,
  maturityPermissions,
} from '@devops-maturity/plugin-maturity-common';
import {
  isMaturityEntityOwner,
  MaturityFactProvider,
  maturityEntityPermissionResourceRef,
  maturityFactProvidersExtensionPoint,
  maturityModelsExtensionPoint,
} from '@devops-maturity/plugin-maturity-node';
import { AttestationImporter } from './attestationImport/AttestationImporter';
import { registerMaturityActions } from './actions/registerMaturityActions';
import { registerPushFactsAction } from './actions/pushFactsAction';
import { EvaluationRunner } from './evaluation/EvaluationRunner';
import { firstRunTime } from './evaluation/firstRunTime';
import { FullRunLeases } from './evaluation/fullRuns/FullRunLeases';
import { FullRuns } from './evaluation/fullRuns/FullRuns';
import { readRunTakeoverAfter } from './evaluation/fullRuns/readRunTakeoverAfter';
import { durationMs } from './evaluation/fullRuns/durationMs';
import { LevelChangeEventPublisher } from './events/LevelChangeEventPublisher';
import { MaturityNotificationSender } from './notifications/MaturityNotificationSender';
import { readNotificationSettings } from './notifications/readNotificationSettings';
import { RegressionNotifier } from './notifications/RegressionNotifier';
import { readBaselineDate } from './evaluation/readBaselineDate';
import { StoredEvidenceProvider } from './evaluation/StoredEvidenceProvider';
import { PushedFactsProvider } from './evaluation/PushedFactsProvider';
import { ReevaluationQueue } from './evaluation/ReevaluationQueue';
import { PushedFactsService } from './pushedFacts/PushedFactsService';
import { readPushedFactsConfig } from './pushedFacts/readPushedFactsConfig';
import { undeclaredPushedFacts } from './pushedFacts/undeclaredPushedFacts';
import { loadModels } from './model/loadModels';
import { ModelRegistry } from './model/ModelRegistry';
import { createRouter } from './service/router';
import { ownPathPrefixes } from './service/ownPathPrefixes';
import { databaseReachability } from './service/errors/databaseReachability';
import { readConfigCampaigns } from './campaigns/readConfigCampaigns';
import { CampaignService } from './campaigns/CampaignService';
import { CampaignNoticeTask } from './campaigns/notices/CampaignNoticeTask';
import { ReportGenerator } from './reports/ReportGenerator';
import { DatabaseMaturityStore } from './store/DatabaseMaturityStore';
import { withReadCache } from './store/withReadCache';
import { withAncestorGroups } from './service/withAncestorGroups';

const TASK_ID = 'maturity-evaluate-catalog';
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 20 },
};
const CAMPAIGN_TASK_ID = 'maturity-campaign-notices';
const DEFAULT_CAMPAIGN_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 10 },
  // after the first evaluation (20 s by default), so that progress is there
  initialDelay: { minutes: 2 },
};
const DEFAULT_KINDS = ['component', 'system', 'api', 'resource', 'group'];
const DAY_MS = 24 * 3600 * 1000;

/**
 * The maturity backend plugin: scheduled evaluation of the catalog against
 * maturity models, stored results with history, and the REST API.
 *
 * @public
 */
export const maturityPlugin = createBackendPlugin({
  pluginId: 'maturity',
  register(env) {
    const providers: MaturityFactProvider[] = [];
    const extraModels: MaturityModel[] = [];
    env.registerExtensionPoint(maturityFactProvidersExtensionPoint, {
      addFactProvider(provider) {
        providers.push(provider);
      },
    });
    env.registerExtensionPoint(maturityModelsExtensionPoint, {
      addModel(model) {
        extraModels.push(model);
      },
    });

    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        events: eventsServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const {
          logger,
          config,
          database,
          scheduler,
          httpRouter,
          auth,
          catalog,
        } = deps;
        // Config is validated before anything starts: a bad value stops the
        // startup with nothing half-created.
        const baselineDate = readBaselineDate(config);
        const takeoverAfterMs = readRunTakeoverAfter(config);
        const notificationSettings = readNotificationSettings(config);
        const models = new ModelRegistry(
          [...loadModels(config), ...extraModels],
          config.getOptionalString('maturity.defaultModelId'),
        );
        const configCampaigns = readConfigCampaigns(config, models);
        const pushedFactsConfig = readPushedFactsConfig(config);
        const undeclared = undeclaredPushedFacts(
          models.all().map(m => m.model),
          pushedFactsConfig.sources,
        );
        if (undeclared.length) {
          logger.warn(
            `Maturity models read pushed facts that maturity.pushedFacts.sources does not declare, so no push can provide them: ${undeclared.join(
              ', ',
            )}`,
          );
        }
        const store = withReadCache(
          await DatabaseMaturityStore.create({ database }),
          {
            ttlMs:
              (config.getOptionalNumber('maturity.readCacheSeconds') ?? 15) *
              1000,
          },
        );
        // Before the first evaluation, so that it sees the imported evidence.
        await AttestationImporter.fromConfig(config, {
          store,
          models,
          logger,
        }).importAll();
        const kinds =
          config.getOptionalStringArray('maturity.kinds') ?? DEFAULT_KINDS;
        // every maturity notification goes through it (config switches, scopes)
        const notificationSender = new MaturityNotificationSender({
          notifications: deps.notifications,
          settings: notificationSettings,
          logger,
        });
        const runner = new EvaluationRunner({
          catalog,
          auth,
          logger,
          store,
          models,
          providers: [
            new StoredEvidenceProvider(store, models),
            new PushedFactsProvider(store),
            ...providers,
          ],
          kinds,
          batchSize: config.getOptionalNumber('maturity.batchSize') ?? 250,
          baselineDate,
          listeners: [
            new LevelChangeEventPublisher({ events: deps.events, logger }),
            new RegressionNotifier({
              sender: notificationSender,
              models,
              logger,
            }),
          ],
        });

        deps.permissionsRegistry.addPermissions(maturityPermissions);
        deps.permissionsRegistry.addResourceType({
          resourceRef: maturityEntityPermissionResourceRef,
          rules: [isMaturityEntityOwner],
          getResources: async refs => {
            const { items } = await catalog.getEntitiesByRefs(
              { entityRefs: refs },
              { credentials: await auth.getOwnServiceCredentials() },
            );
            return withAncestorGroups(items, store);
          },
        });

        const retentionDays =
          config.getOptionalNumber('maturity.historyRetentionDays') ?? 730;
        const schedule = config.has('maturity.schedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig('maturity.schedule'),
            )
          : DEFAULT_SCHEDULE;
        // The worker's start-up delay begins when the task is scheduled.
        const firstRunAt = firstRunTime(schedule, new Date());
        // Full runs hold a lease of their own with a heartbeat, so that an
        // instance that died mid-run blocks full runs for `takeoverAfterMs`,
        // not for the scheduler's whole task timeout.
        const fullRuns = new FullRuns({
          runner,
          store,
          leases: new FullRunLeases({ store, logger, takeoverAfterMs }),
          logger,
          timeoutMs: durationMs(schedule.timeout),
          afterRun: async () => {
            await store.pruneHistory(
              new Date(Date.now() - retentionDays * DAY_MS),
            );
            await store.prunePushedFacts(
              new Date(Date.now() - pushedFactsConfig.retentionDays * DAY_MS),
            );
          },
        });
        deps.lifecycle.addShutdownHook(() => fullRuns.stop());
        await scheduler.scheduleTask({
          id: TASK_ID,
          scope: 'global',
          ...schedule,
          fn: signal => fullRuns.runScheduled(signal),
        });
        // Every instance watches the lease: a run whose instance died is
        // resumed within twice the bound, asked for or not.
        if (config.getOptionalBoolean('maturity.resumeAbandonedRuns') ?? true) {
          const every = { milliseconds: Math.ceil(takeoverAfterMs / 2) };
          await scheduler.scheduleTask({
            id: 'maturity-resume-abandoned-runs',
            scope: 'local',
            frequency: every,
            initialDelay: every,
            timeout: { minutes: 1 },
            fn: async () => {
              await fullRuns.resumeAbandoned();
            },
          });
        }

        // Campaign start, deadline reminders and end summaries: their own task.
        const campaigns = new CampaignService({
          store,
          models,
          configCampaigns,
        });
        const campaignNotices = new CampaignNoticeTask({
          campaigns,
          store,
          models,
          sender: notificationSender,
          events: deps.events,
          logger,
        });
        const campaignSchedule = config.has('maturity.campaignSchedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig('maturity.campaignSchedule'),
            )
          : DEFAULT_CAMPAIGN_SCHEDULE;
        await scheduler.scheduleTask({
          id: CAMPAIGN_TASK_ID,
          scope: 'global',
          ...campaignSchedule,
          fn: async signal => {
            const { notified, published, failed } = await campaignNotices.run(
              signal,
            );
            if (notified || published || failed) {
              logger.info(
                `Maturity campaigns: ${notified} notifications sent, ${published} events published, ${failed} campaigns failed`,
              );
            }
          },
        });

        // Re-evaluates entities whose evidence changed (team attestations,
        // pushed facts) in the background.
        const reevaluation = new ReevaluationQueue({
          logger,
          evaluate: refs => runner.refreshEntities(refs),
        });
        const pushedFacts = new PushedFactsService({
          config: pushedFactsConfig,
          store,
          catalog,
          auth,
          permissions: deps.permissions,
          reevaluate: refs => reevaluation.enqueue(refs),
        });

        registerMaturityActions({
          actionsRegistry: deps.actionsRegistry,
          permissions: deps.permissions,
          auth,
          store,
          models,
          campaigns,
          reports: ReportGenerator.create({ store, catalog, auth }),
        });
        registerPushFactsAction({
          actionsRegistry: deps.actionsRegistry,
          pushedFacts,
        });

        // The maturity router authenticates its own routes itself, so that a
        // token that cannot be verified because the signing keys' storage is
        // down answers 503, not Backstage's barrier's 401. The barrier keeps
        // guarding what the framework mounts on this router (actions,
        // permission integration).
        for (const path of ownPathPrefixes()) {
          httpRouter.addAuthPolicy({ path, allow: 'unauthenticated' });
        }
        httpRouter.use(
          await createRouter({
            ...deps,
            store,
            models,
            runner,
            kinds,
            baselineDate,
            configCampaigns,
            reevaluation,
            pushedFacts,
            isDatabaseReachable: databaseReachability(database),
            triggerFullRun: () => scheduler.triggerTask(TASK_ID),
            fullRuns,
            firstRunAt,
          }),
        );
        logger.info(
          `Maturity models: ${models.ids().join(', ')}; evidence providers: ${
            providers.map(p => p.id).join(', ') || 'catalog only'
          }; pushed fact sources: ${
            Object.keys(pushedFactsConfig.sources).join(', ') || 'none'
          }`,
        );
      },
    });
  },
});
