import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  type FactRetriever,
  techInsightsFactRetrieversExtensionPoint,
} from '@backstage-community/plugin-tech-insights-node';
import techInsightsModuleMaturityLevels from './index';

/** A TechInsights stand-in that collects the retrievers modules add. */
function fakeTechInsights(added: Record<string, FactRetriever>) {
  return createBackendPlugin({
    pluginId: 'tech-insights',
    register(reg) {
      reg.registerExtensionPoint(techInsightsFactRetrieversExtensionPoint, {
        addFactRetrievers: retrievers => Object.assign(added, retrievers),
      });
      reg.registerInit({ deps: {}, async init() {} });
    },
  });
}

async function start(config: object) {
  const added: Record<string, FactRetriever> = {};
  const logger = mockServices.logger.mock();
  const backend = await startTestBackend({
    features: [
      fakeTechInsights(added),
      techInsightsModuleMaturityLevels,
      mockServices.rootConfig.factory({ data: config }),
      logger.factory,
    ],
  });
  await backend.stop();
  return { added, logger };
}

describe('techInsightsModuleMaturityLevels', () => {
  it('adds maturityLevelsRetriever with the configured kinds and the default model’s domains', async () => {
    const { added, logger } = await start({
      techInsights: {
        factRetrievers: { maturityLevelsRetriever: { cadence: '0 * * * *' } },
        maturity: { kinds: ['component'] },
      },
    });
    const retriever = added.maturityLevelsRetriever;
    expect(retriever.id).toBe('maturityLevelsRetriever');
    expect(retriever.description).toContain("'caict-devops'");
    expect(retriever.entityFilter).toEqual([{ kind: ['component'] }]);
    expect(retriever.schema).toMatchObject({
      overallLevel: { type: 'integer' },
      sreLevel: { type: 'integer' },
      continuousDeliveryLevel: { type: 'integer' },
    });
    expect(retriever.version).toMatch(/^1\.0\.\d+$/);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('warns that TechInsights will not run the retriever without a cadence', async () => {
    const { added, logger } = await start({});
    expect(added.maturityLevelsRetriever).toBeDefined();
    expect(logger.warn).toHaveBeenCalledWith(
      'techInsights.factRetrievers.maturityLevelsRetriever is not configured: TechInsights will not run the maturity levels retriever until it has a cadence',
    );
  });
});
