import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
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
  targets: [{ domain: 'sre', level: 4 }],
  scope: {
    groups: ['group:default/payments-dept'],
    filter: { kind: 'Component' },
  },
  startDate: '2026-11-01',
  targetDate: '2027-03-01',
};

describe('maturity:get-campaign-progress', () => {
  let actions: Awaited<ReturnType<typeof startActionsBackend>>;

  beforeAll(async () => {
    actions = await startActionsBackend({
      config: { maturity: { campaigns: [campaign] } },
    });
  });
  afterAll(() => actions.backend.stop());

  it('answers the progress of GET /campaigns/{id}/progress, the entities behind first', async () => {
    const rest = await maturityApi(actions.backend.server).get(
      `/campaigns/${campaign.id}/progress?entityFilter=behind`,
    );
    expect(rest.status).toBe(200);
    const output = await actions.invoke('get-campaign-progress', {
      campaignId: campaign.id,
      limit: 1,
    });

    expect(output.campaign).toMatchObject({
      id: campaign.id,
      state: 'active',
      targets: campaign.targets,
      targetDate: campaign.targetDate,
    });
    // the two components of the department's nested teams
    expect(output.inScope).toBe(2);
    expect(output).toMatchObject({
      inScope: rest.body.inScope,
      meeting: rest.body.meeting,
      ratio: rest.body.ratio,
      daysLeft: rest.body.daysLeft,
      atRisk: rest.body.atRisk,
      teamCount: rest.body.teams.length,
      behindCount: rest.body.entityTotal,
      warnings: rest.body.warnings,
    });
    expect(output.behindCount).toBeGreaterThan(0);
    // limit 1: the team lagging most, the entity furthest behind
    expect(output.teams).toEqual([
      expect.objectContaining({
        groupRef: rest.body.teams[0].groupRef,
        lag: rest.body.teams[0].lag,
      }),
    ]);
    expect(output.behind).toHaveLength(1);
    expect(output.behind[0]).toMatchObject({
      entityRef: rest.body.entities[0].entityRef,
      targets: rest.body.entities[0].targets,
      remainingChecks: rest.body.entities[0].remainingChecks,
    });
    expect(output.behind[0].remainingChecks.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown campaign and rejects a bad limit', async () => {
    await expect(
      actions.invoke('get-campaign-progress', { campaignId: 'nope' }),
    ).rejects.toThrow(new NotFoundError('No campaign "nope"'));
    await expect(
      actions.invoke('get-campaign-progress', {
        campaignId: campaign.id,
        limit: 0,
      }),
    ).rejects.toThrow(InputError);
  });

  it('needs maturity.scorecard.read, like GET /campaigns/{id}/progress', async () => {
    await expect(
      actions.invoke(
        'get-campaign-progress',
        { campaignId: campaign.id },
        DENIED_USER,
      ),
    ).rejects.toThrow(
      new NotAllowedError('Not allowed: maturity.scorecard.read'),
    );
  });
});
