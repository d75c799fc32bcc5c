import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { maturityFactProvidersExtensionPoint } from '@devops-maturity/plugin-maturity-node';
import { TechInsightsFactProvider } from './provider/TechInsightsFactProvider';

/**
 * Adds TechInsights facts as evidence to the maturity backend: the latest
 * facts of the retrievers a model reads and the history `trend` checks need,
 * read over HTTP from the `tech-insights` backend plugin. Configured under
 * `maturity.techInsights`.
 *
 * @public
 */
export const maturityModuleTechInsights = createBackendModule({
  pluginId: 'maturity',
  moduleId: 'tech-insights',
  register(reg) {
    reg.registerInit({
      deps: {
        factProviders: maturityFactProvidersExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
      },
      async init({ factProviders, discovery, auth, logger, config }) {
        factProviders.addFactProvider(
          TechInsightsFactProvider.create({ discovery, auth, logger, config }),
        );
      },
    });
  },
});
