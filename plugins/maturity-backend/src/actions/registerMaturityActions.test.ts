import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { demoEntities } from '../__testUtils__/demoEntities';
import { maturityPlugin } from '../plugin';

jest.setTimeout(60_000);

describe('maturity actions', () => {
  const registry = actionsRegistryServiceMock();
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        maturityPlugin,
        catalogServiceMock.factory({ entities: demoEntities }),
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        createServiceFactory({
          service: actionsRegistryServiceRef,
          deps: {},
          factory: () => registry,
        }),
      ],
    });
    stop = () => backend.stop();
  });
  afterAll(() => stop());

  const invoke = (name: string, input: Record<string, string>) =>
    registry.invoke({
      id: `test:${name}`, // the mock registry names actions after a fixed plugin id
      input,
      credentials: mockCredentials.user('user:default/alice'),
    });

  it('returns an entity scorecard summary', async () => {
    const { output } = (await invoke('get-entity-scorecard', {
      entityRef: 'component:default/quickpay-gateway',
    })) as any;
    expect(output.entityRef).toBe('component:default/quickpay-gateway');
    expect(output.domains.map((d: any) => d.domainId)).toContain('sre');
  });

  it('returns a group rollup including nested teams', async () => {
    const { output } = (await invoke('get-group-rollup', {
      groupRef: 'group:default/payments-dept',
    })) as any;
    expect(output.rollup.entityCount).toBe(3);
  });

  it('explains the next level with remediation', async () => {
    const { output } = (await invoke('explain-next-level', {
      entityRef: 'component:default/clearing-batch',
      domain: 'sre',
    })) as any;
    expect(output.steps.length).toBeGreaterThan(0);
    expect(output.steps[0]).toMatchObject({
      domainId: 'sre',
      remediation: expect.any(String),
    });
  });

  it('rejects an unknown entity', async () => {
    await expect(
      invoke('get-entity-scorecard', { entityRef: 'component:default/nope' }),
    ).rejects.toThrow(/No maturity results/);
  });
});
