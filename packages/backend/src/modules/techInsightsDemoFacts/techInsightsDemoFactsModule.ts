import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import path from 'path';
import { createDemoFactRetrievers } from './createDemoFactRetrievers';
import { DemoFactSource } from './DemoFactSource';
import { demoFactSchemas } from './demoFactSchemas';

/**
 * Registers the demo fact retrievers with TechInsights. Their cadence and
 * lifecycle come from `techInsights.factRetrievers.<id>` like any retriever's;
 * the facts directory from `demoFacts.directory`.
 */
export const techInsightsDemoFactsModule = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'demo-facts',
  register(reg) {
    reg.registerInit({
      deps: {
        retrievers: techInsightsFactRetrieversExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ retrievers, config, logger }) {
        const directory = path.resolve(
          config.getOptionalString('demoFacts.directory') ??
            '../../examples/facts',
        );
        const source = new DemoFactSource({
          directory,
          schemas: demoFactSchemas,
          logger,
        });
        logger.info(`Publishing demo facts from ${directory}`);
        retrievers.addFactRetrievers(createDemoFactRetrievers(source));
      },
    });
  },
});
