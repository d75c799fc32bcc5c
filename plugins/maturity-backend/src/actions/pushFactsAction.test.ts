import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockCredentials } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { startMaturityBackend } from '../__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

const GATEWAY = 'component:default/quickpay-gateway';
const config = {
  maturity: {
    pushedFacts: {
      sources: { ci: { facts: { coverage: { type: 'float' } } } },
    },
  },
};

async function start(permission: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
  const registry = actionsRegistryServiceMock();
  const backend = await startMaturityBackend({
    config,
    permission,
    features: [
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => registry,
      }),
    ],
  });
  const invoke = (input: object) =>
    registry.invoke({
      id: 'test:push-facts', // the mock registry names actions after a fixed plugin id
      input,
      credentials: mockCredentials.service('external:ci'),
    });
  return { backend, invoke };
}

describe('maturity:push-facts action', () => {
  it('stores facts like POST /facts, idempotently, with the same validation', async () => {
    const { backend, invoke } = await start(AuthorizeResult.ALLOW);
    try {
      const input = {
        entityRef: GATEWAY,
        source: 'ci',
        timestamp: '2026-12-01T10:00:00Z',
        facts: { coverage: 75 },
      };
      await expect(invoke(input)).resolves.toEqual({
        output: {
          entityRef: GATEWAY,
          source: 'ci',
          timestamp: '2026-12-01T10:00:00.000Z',
          stored: true,
        },
      });
      await expect(invoke(input)).resolves.toMatchObject({
        output: { stored: false },
      });
      await expect(
        invoke({ ...input, facts: { coverage: 'high' } }),
      ).rejects.toThrow('facts.coverage: expected float, got string "high"');
    } finally {
      await backend.stop();
    }
  });

  it('needs maturity.facts.push', async () => {
    const { backend, invoke } = await start(AuthorizeResult.DENY);
    try {
      await expect(
        invoke({ entityRef: GATEWAY, source: 'ci', facts: { coverage: 1 } }),
      ).rejects.toThrow('Not allowed: maturity.facts.push');
    } finally {
      await backend.stop();
    }
  });
});
