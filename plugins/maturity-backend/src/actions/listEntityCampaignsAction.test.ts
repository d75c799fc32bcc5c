import { InputError, NotAllowedError } from '@backstage/errors';
import {
  DENIED_USER,
  startActionsBackend,
} from '../__testUtils__/actionsTestBackend';
import { maturityApi } from '../__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

const campaign = {
  id: 'payments-sre-l4',
  title: 'Payments at SRE level 4',
  owner: 'group:default/payments-dept',
  modelId: 'caict-devops',
  targets: [
    { domain: 'sre', level: 4 },
    { domain: 'overall', level: 1 },
  ],
  scope: { groups: ['group:default/payments-dept'] },
  startDate: '2026-11-01',
  targetDate: '2027-03-01',
};

describe('maturity:list-entity-campaigns', () => {
  let actions: Awaited<ReturnType<typeof startActionsBackend>>;

  beforeAll(async () => {
    actions = await startActionsBackend({
      config: { maturity: { campaigns: [campaign] } },
    });
  });
  afterAll(() => actions.backend.stop());

  it('lists the campaigns of GET /entities/{kind}/{ns}/{name}/campaigns with what the entity needs', async () => {
    const rest = await maturityApi(actions.backend.server).get(
      '/entities/component/default/quickpay-gateway/campaigns',
    );
    expect(rest.status).toBe(200);
    const output = await actions.invoke('list-entity-campaigns', {
      entityRef: 'Component:default/quickpay-gateway',
    });
    expect(output.entityRef).toBe('component:default/quickpay-gateway');
    expect(output.campaigns).toHaveLength(1);
    const [item] = rest.body.items;
    expect(output.campaigns[0]).toEqual({
      id: campaign.id,
      title: campaign.title,
      owner: campaign.owner,
      targetDate: campaign.targetDate,
      daysLeft: item.daysLeft,
      meets: item.meets,
      targets: item.targets,
      remainingChecks: item.remainingChecks,
    });
    expect(output.campaigns[0].targets.map((t: any) => t.domain)).toEqual([
      'sre',
      'overall',
    ]);
  });

  it('lists none for an entity outside every campaign, and rejects a bad ref', async () => {
    const output = await actions.invoke('list-entity-campaigns', {
      entityRef: 'component:default/orphan-service',
    });
    expect(output.campaigns).toEqual([]);
    await expect(
      actions.invoke('list-entity-campaigns', { entityRef: 'quickpay' }),
    ).rejects.toThrow(
      new InputError(
        "Invalid entityRef 'quickpay': expected kind:namespace/name, e.g. component:default/payments",
      ),
    );
  });

  it('needs maturity.scorecard.read, like the REST route', async () => {
    await expect(
      actions.invoke(
        'list-entity-campaigns',
        { entityRef: 'component:default/quickpay-gateway' },
        DENIED_USER,
      ),
    ).rejects.toThrow(
      new NotAllowedError('Not allowed: maturity.scorecard.read'),
    );
  });
});
