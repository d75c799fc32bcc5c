import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import { createMaturityLevelsRetriever } from './createMaturityLevelsRetriever';
import { readConfiguredModels } from './readConfiguredModels';
import { resolvePublishedModel } from './resolvePublishedModel';
import { MATURITY_LEVELS_RETRIEVER_ID } from './retrieverId';

/**
 * Publishes maturity levels as TechInsights facts: registers the
 * `maturityLevelsRetriever` fact retriever with the TechInsights backend.
 * TechInsights schedules it from `techInsights.factRetrievers.maturityLevelsRetriever`
 * (cadence, lifecycle) like any retriever; the model and kinds come from
 * `techInsights.maturity`.
 *
 * @public
 */
export const techInsightsModuleMaturityLevels = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'maturity-levels',
  register(reg) {
    reg.registerInit({
      deps: {
        retrievers: techInsightsFactRetrieversExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ retrievers, config, logger }) {
        const model = resolvePublishedModel(
          config,
          readConfiguredModels(config),
        );
        if (!model.domains) {
          logger.warn(
            `Maturity model '${model.id}' is not defined in the maturity config (maturity.models); its levels are published without per-domain level facts (domainLevels has them)`,
          );
        }
        if (
          !config.has(
            `techInsights.factRetrievers.${MATURITY_LEVELS_RETRIEVER_ID}`,
          )
        ) {
          logger.warn(
            `techInsights.factRetrievers.${MATURITY_LEVELS_RETRIEVER_ID} is not configured: TechInsights will not run the maturity levels retriever until it has a cadence`,
          );
        }
        retrievers.addFactRetrievers({
          [MATURITY_LEVELS_RETRIEVER_ID]: createMaturityLevelsRetriever({
            modelId: model.id,
            domains: model.domains,
            kinds: config.getOptionalStringArray('techInsights.maturity.kinds'),
            // TechInsights keeps the first schema stored under a version and
            // checks read the highest version; the per-domain facts follow
            // the configured model, so every start gets a newer version.
            version: `1.0.${Math.floor(Date.now() / 1000)}`,
          }),
        });
      },
    });
  },
});
