import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  maturityFactProvidersExtensionPoint,
  type MaturityFactProvider,
} from '@devops-maturity/plugin-maturity-node';
import { startFakeTechInsights } from './__testUtils__/startFakeTechInsights';
import maturityModuleTechInsights from './index';

describe('maturityModuleTechInsights', () => {
  it('registers a TechInsights fact provider wired to discovery, auth and config', async () => {
    const techInsights = await startFakeTechInsights(request => ({
      status: 200,
      body: {
        sloFactRetriever: {
          id: 'sloFactRetriever',
          entity: request.query.get('entity'),
          timestamp: '2026-05-01T00:00:00.000Z',
          facts: { sloDefined: true },
        },
      },
    }));
    const providers: MaturityFactProvider[] = [];
    const fakeMaturityPlugin = createBackendPlugin({
      pluginId: 'maturity',
      register(reg) {
        reg.registerExtensionPoint(maturityFactProvidersExtensionPoint, {
          addFactProvider: provider => providers.push(provider),
        });
        reg.registerInit({ deps: {}, async init() {} });
      },
    });

    const backend = await startTestBackend({
      features: [
        fakeMaturityPlugin,
        maturityModuleTechInsights,
        mockServices.discovery.mock({
          getBaseUrl: async () => techInsights.baseUrl,
        }).factory,
        mockServices.rootConfig.factory({
          data: {
            maturity: { techInsights: { concurrency: 2, timeout: 5000 } },
          },
        }),
      ],
    });

    try {
      expect(providers.map(provider => provider.id)).toEqual(['tech-insights']);

      const evidence = await providers[0].getEvidence({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'quickpay-gateway' },
          },
        ],
        requirements: {
          techInsights: { sloFactRetriever: ['sloDefined'] },
          history: {},
          pushed: {},
          pushedHistory: {},
        },
      });

      expect(evidence.get('component:default/quickpay-gateway')).toEqual({
        techInsights: {
          sloFactRetriever: {
            timestamp: '2026-05-01T00:00:00.000Z',
            facts: { sloDefined: true },
          },
        },
      });
      expect(techInsights.requests[0].authorization).toBe(
        `Bearer ${mockCredentials.service.token({
          onBehalfOf: mockCredentials.service('plugin:maturity'),
          targetPluginId: 'tech-insights',
        })}`,
      );
    } finally {
      await backend.stop();
      await techInsights.close();
    }
  });
});
