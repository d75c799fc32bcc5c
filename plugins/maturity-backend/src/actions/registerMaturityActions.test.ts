import { NotAllowedError } from '@backstage/errors';
import {
  DENIED_USER,
  startActionsBackend,
} from '../__testUtils__/actionsTestBackend';

jest.setTimeout(60_000);

describe('maturity actions', () => {
  let actions: Awaited<ReturnType<typeof startActionsBackend>>;

  beforeAll(async () => {
    actions = await startActionsBackend();
  });
  afterAll(() => actions.backend.stop());

  it('returns an entity scorecard summary', async () => {
    const output = await actions.invoke('get-entity-scorecard', {
      entityRef: 'component:default/quickpay-gateway',
    });
    expect(output.entityRef).toBe('component:default/quickpay-gateway');
    expect(output.domains.map((d: any) => d.domainId)).toContain('sre');
  });

  it('returns a group rollup including nested teams', async () => {
    const output = await actions.invoke('get-group-rollup', {
      groupRef: 'group:default/payments-dept',
    });
    expect(output.rollup.entityCount).toBe(3);
  });

  it('explains the next level with remediation', async () => {
    const output = await actions.invoke('explain-next-level', {
      entityRef: 'component:default/clearing-batch',
      domain: 'sre',
    });
    expect(output.steps.length).toBeGreaterThan(0);
    expect(output.steps[0]).toMatchObject({
      domainId: 'sre',
      remediation: expect.any(String),
    });
  });

  it('rejects an unknown entity', async () => {
    await expect(
      actions.invoke('get-entity-scorecard', {
        entityRef: 'component:default/nope',
      }),
    ).rejects.toThrow(/No maturity results/);
  });

  it.each([
    [
      'get-entity-scorecard',
      { entityRef: 'component:default/quickpay-gateway' },
    ],
    ['get-group-rollup', { groupRef: 'group:default/payments-dept' }],
    ['explain-next-level', { entityRef: 'component:default/clearing-batch' }],
  ])('%s needs maturity.scorecard.read', async (name, input) => {
    const denied = actions.invoke(name, input, DENIED_USER);
    await expect(denied).rejects.toThrow(NotAllowedError);
    await expect(denied).rejects.toThrow(
      'Not allowed: maturity.scorecard.read',
    );
  });
});
