import { screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { fakeMaturityApi, notFoundError } from '../../__testUtils__/fakes';
import { scorecard } from '../../__testUtils__/fixtures';
import {
  ALL_PERMISSIONS,
  renderWithApis,
  testEntity,
} from '../../__testUtils__/render';
import type { EntityScorecard } from '../../api/types';
import { entityCampaign } from '../../__testUtils__/campaignFixtures';
import { techInsightsOutage } from '../../__testUtils__/staleFixtures';
import { EntityMaturityContent } from './EntityMaturityContent';

// Types without waiting between keystrokes.
const userEvent = userEventApi.setup({ delay: null });

function apiFor(card: EntityScorecard = scorecard) {
  return fakeMaturityApi({
    getScorecard: async ref => ({ ...card, entityRef: ref }),
    getEntityHistory: async () => ({ items: [] }),
    listAttestations: async () => ({
      items: [
        {
          id: 'a1',
          entityRef: card.entityRef,
          checkId: 'pe-golden-path',
          evidenceUrl: 'https://ci.example.com/runs/1',
          comment: 'scaffolded',
          author: 'user:default/ana',
          createdAt: '2024-04-01T00:00:00.000Z',
          expiresAt: '2099-01-01T00:00:00.000Z',
        },
      ],
      audit: [
        {
          id: 'e1',
          entityRef: card.entityRef,
          checkId: 'sre-runbook',
          subject: 'waiver',
          subjectId: 'w1',
          action: 'created',
          actor: 'user:default/bo',
          at: '2024-04-02T00:00:00.000Z',
          details: { reason: 'internal batch job' },
        },
      ],
    }),
    listWaivers: async () => ({
      items: [
        {
          id: 'w1',
          entityRef: card.entityRef,
          checkId: 'sre-runbook',
          reason: 'internal batch job',
          author: 'user:default/bo',
          createdAt: '2024-04-02T00:00:00.000Z',
        },
      ],
    }),
  });
}

jest.setTimeout(30_000);

describe('EntityMaturityContent', () => {
  it('warns above the level when evidence could not be read, and marks the checks concerned', async () => {
    const stale: EntityScorecard = {
      ...scorecard,
      staleEvidence: [techInsightsOutage],
      domains: scorecard.domains.map(domain => ({
        ...domain,
        capabilities: domain.capabilities.map(capability => ({
          ...capability,
          checks: capability.checks.map(check =>
            check.source === 'techInsights'
              ? {
                  ...check,
                  stale: {
                    source: 'techInsights',
                    since: techInsightsOutage.since,
                    evidenceAt: techInsightsOutage.lastSuccessAt,
                  },
                }
              : check,
          ),
        })),
      })),
    };
    await renderWithApis(<EntityMaturityContent />, {
      api: apiFor(stale),
      entity: testEntity('content-stale'),
    });
    const banner = await screen.findByRole('status', {
      name: 'Stale evidence',
    });
    expect(banner).toHaveTextContent(
      /TechInsights unreachable since 10:42\sAM — 23 checks show results from 9:30\sAM/,
    );
    await userEvent.click(
      screen.getByRole('button', { name: /^Continuous Delivery / }),
    );
    const check = await screen.findByRole('article', {
      name: 'Check Deploys at least weekly',
    });
    expect(check).toHaveTextContent(
      /result from 9:30\sAM — TechInsights unreachable/,
    );
  });

  it('shows no stale-evidence warning when every source was read', async () => {
    await renderWithApis(<EntityMaturityContent />, {
      api: apiFor(),
      entity: testEntity('content-fresh'),
    });
    expect(
      await screen.findByRole('region', { name: /Overall level/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Stale evidence' })).toBeNull();
  });

  it("shows a banner per active campaign above the entity's level", async () => {
    const api = apiFor();
    api.listEntityCampaigns.mockResolvedValue({ items: [entityCampaign] });
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-campaigns'),
    });
    const banner = await screen.findByRole('status');
    expect(banner).toHaveTextContent(
      'Site Reliability Engineering L3 by Mar 31, 2027 — 2 checks left',
    );
    expect(api.listEntityCampaigns).toHaveBeenCalledWith(
      'component:default/content-campaigns',
    );
    expect(
      within(banner).getByRole('link', { name: /View campaign/ }),
    ).toHaveAttribute('href', '/maturity/campaigns/sre-l3-2027');
  });

  it('shows no banner and no error when the campaigns cannot be read', async () => {
    const api = apiFor();
    api.listEntityCampaigns.mockRejectedValue(new Error('campaigns down'));
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-campaigns-down'),
    });
    expect(
      await screen.findByText('Overall level (weakest domain)'),
    ).toBeInTheDocument();
    expect(api.listEntityCampaigns).toHaveBeenCalled();
    expect(
      screen.queryByRole('region', { name: 'Improvement campaigns' }),
    ).toBeNull();
    expect(screen.queryByText(/campaigns down/)).toBeNull();
  });

  it('shows the overall level, next steps and domains with PE and SRE first', async () => {
    const api = apiFor();
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-overview'),
    });

    expect(
      await screen.findByText('Overall level (weakest domain)'),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith(
      'component:default/content-overview',
      { model: undefined },
    );
    expect(screen.getAllByText('Level 1 · Initial').length).toBeGreaterThan(0);
    // Reports are of systems and groups only.
    expect(screen.queryByRole('link', { name: 'Report' })).toBeNull();
    expect(screen.getByText(/Score 55%/)).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'Next steps overall' });
    expect(
      within(next).getByText('To reach overall Level 2 · Foundation'),
    ).toBeInTheDocument();
    expect(
      within(next).getByText('The component belongs to an existing system'),
    ).toBeInTheDocument();
    expect(within(next).getByText('SLOs are defined')).toBeInTheDocument();
    expect(within(next).queryByText('Deploys at least weekly')).toBeNull();

    const headings = screen
      .getAllByRole('heading', { level: 3 })
      .map(h => h.textContent);
    expect(headings.indexOf('Platform Engineering')).toBeLessThan(
      headings.indexOf('Site Reliability Engineering'),
    );
    expect(headings.indexOf('Site Reliability Engineering')).toBeLessThan(
      headings.indexOf('Continuous Delivery'),
    );
    expect(
      screen.getByRole('img', {
        name: /Level per domain\. Platform Engineering: level 1/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Not applicable: Agile Development Management/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No level changes recorded yet.'),
    ).toBeInTheDocument();
    // no permission: no actions
    expect(screen.queryByRole('button', { name: /re-evaluate/i })).toBeNull();
  });

  it('shows a domain ladder with every check, value, source and remediation', async () => {
    await renderWithApis(<EntityMaturityContent />, {
      api: apiFor(),
      entity: testEntity('content-ladder'),
    });
    await userEvent.click(await screen.findByText('Continuous Delivery'));

    const check = await screen.findByRole('article', {
      name: 'Check Deploys at least weekly',
    });
    expect(within(check).getByText('Failed')).toBeInTheDocument();
    expect(
      within(check).getByText('deploymentsPerWeek is 0.5, needs ≥ 1'),
    ).toBeInTheDocument();
    expect(within(check).getByText('0.5')).toBeInTheDocument();
    expect(within(check).getByText('TechInsights fact')).toBeInTheDocument();
    expect(
      within(check).getByText('YD/T 3763.3 Continuous deployment L3'),
    ).toBeInTheDocument();
    // next-level checks have their remediation open
    expect(await within(check).findByText('smaller')).toBeInTheDocument();
    expect(
      within(check).getByRole('link', { name: 'Delivery guide' }),
    ).toHaveAttribute('href', 'https://docs.example.com/cd');
    const region = screen.getByRole('region', { name: 'Next steps' });
    expect(
      within(region).getByText('To reach Level 3 · Comprehensive'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Level 2 · Foundation' }),
    ).toHaveTextContent('Reached');
    expect(
      screen.getByRole('region', { name: 'Level 3 · Comprehensive' }),
    ).toHaveTextContent('Not reached');
    expect(
      within(
        screen.getByRole('region', { name: 'Level 5 · Outstanding' }),
      ).getByText('No checks at this level.'),
    ).toBeInTheDocument();

    const passed = screen.getByRole('article', {
      name: 'Check CI runs on every change',
    });
    expect(within(passed).getByText('Passed')).toBeInTheDocument();
    expect(within(passed).queryByText('Fix cd-ci')).toBeNull();
    await userEvent.click(
      within(passed).getByRole('button', { name: 'How to fix' }),
    );
    expect(await within(passed).findByText('Fix cd-ci')).toBeInTheDocument();
  });

  it('hides attest, waive and refresh without permission', async () => {
    await renderWithApis(<EntityMaturityContent />, {
      api: apiFor(),
      entity: testEntity('content-denied'),
      allowed: [],
    });
    await userEvent.click(await screen.findByText('Platform Engineering'));
    await screen.findByRole('article', {
      name: 'Check Created from a golden path template',
    });
    expect(screen.queryByRole('button', { name: /^Attest/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Waive/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Revoke/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /re-evaluate/i })).toBeNull();
  });

  it('attests a check after validating the form', async () => {
    const api = apiFor();
    api.createAttestation.mockResolvedValue({} as any);
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-attest'),
      allowed: ALL_PERMISSIONS,
    });
    await userEvent.click(await screen.findByText('Platform Engineering'));
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Attest Created from a golden path template',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Attest check' });
    expect(
      within(dialog).getByText(/Link to the template run/),
    ).toBeInTheDocument();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Attest' }),
    );
    expect(
      within(dialog).getByText('An evidence URL is required'),
    ).toBeInTheDocument();
    expect(api.createAttestation).not.toHaveBeenCalled();

    const url = within(dialog).getByRole('textbox', { name: /Evidence URL/ });
    await userEvent.type(url, 'not a url');
    expect(within(dialog).getByText(/Enter a full URL/)).toBeInTheDocument();
    await userEvent.clear(url);
    await userEvent.type(url, 'https://ci.example.com/runs/42');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Comment' }),
      'from the golden path',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Attest' }),
    );

    await waitFor(() =>
      expect(api.createAttestation).toHaveBeenCalledWith({
        entityRef: 'component:default/content-attest',
        checkId: 'pe-golden-path',
        evidenceUrl: 'https://ci.example.com/runs/42',
        comment: 'from the golden path',
        expiresAt: undefined,
        model: 'caict-devops',
      }),
    );
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows backend errors of an attestation in the dialog', async () => {
    const api = apiFor();
    api.createAttestation.mockRejectedValue(
      Object.assign(new Error('Request failed'), {
        cause: { message: 'expiresAt must be in the future' },
      }),
    );
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-attest-error'),
      allowed: ALL_PERMISSIONS,
    });
    await userEvent.click(await screen.findByText('Platform Engineering'));
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Attest Created from a golden path template',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Evidence URL/ }),
      'https://ci.example.com/runs/1',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Attest' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'expiresAt must be in the future',
    );
  });

  it('waives a check with a reason of at least 3 characters', async () => {
    const api = apiFor();
    api.createWaiver.mockResolvedValue({} as any);
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-waive'),
      allowed: ALL_PERMISSIONS,
    });
    await userEvent.click(
      await screen.findByText('Site Reliability Engineering'),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Waive SLOs are defined' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Waive check' });
    const reason = within(dialog).getByRole('textbox', { name: /Reason/ });
    await userEvent.type(reason, 'ab');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Waive' }),
    );
    expect(
      within(dialog).getByText('Give a reason of at least 3 characters'),
    ).toBeInTheDocument();
    expect(api.createWaiver).not.toHaveBeenCalled();

    await userEvent.type(reason, 'c: internal batch job');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Waive' }),
    );
    await waitFor(() =>
      expect(api.createWaiver).toHaveBeenCalledWith({
        entityRef: 'component:default/content-waive',
        checkId: 'sre-slo',
        reason: 'abc: internal batch job',
        expiresAt: undefined,
        model: 'caict-devops',
      }),
    );
  });

  it('lists attestations, waivers and the audit trail and revokes waivers', async () => {
    const api = apiFor();
    api.revokeWaiver.mockResolvedValue({} as any);
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-audit'),
      allowed: ALL_PERMISSIONS,
    });
    const attestations = await screen.findByRole('table', {
      name: 'Attestations',
    });
    expect(
      within(attestations).getByText('Created from a golden path template'),
    ).toBeInTheDocument();
    expect(within(attestations).getByText('Active')).toBeInTheDocument();
    const waivers = screen.getByRole('table', { name: 'Waivers' });
    expect(
      within(waivers).getByText('A runbook is linked'),
    ).toBeInTheDocument();
    expect(within(waivers).getByText('Until revoked')).toBeInTheDocument();
    const audit = screen.getByRole('list', { name: 'Audit trail' });
    expect(audit).toHaveTextContent(
      'user:default/bo created a waiver of "A runbook is linked"',
    );

    await userEvent.click(
      within(waivers).getByRole('button', {
        name: 'Revoke waiver of A runbook is linked',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Revoke waiver' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'runbook added',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke' }),
    );
    await waitFor(() =>
      expect(api.revokeWaiver).toHaveBeenCalledWith('w1', {
        reason: 'runbook added',
      }),
    );
  });

  it('re-evaluates with the admin permission', async () => {
    const api = apiFor();
    api.refreshEntity.mockResolvedValue(scorecard);
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-refresh'),
      allowed: ALL_PERMISSIONS,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    );
    await waitFor(() =>
      expect(api.refreshEntity).toHaveBeenCalledWith(
        'component:default/content-refresh',
        {
          model: undefined,
        },
      ),
    );
    // The history is read again with the scorecard.
    await waitFor(() => expect(api.getEntityHistory).toHaveBeenCalledTimes(2));
    expect(api.getEntityHistory).toHaveBeenLastCalledWith(
      'component:default/content-refresh',
      { model: undefined },
    );
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalledTimes(2));
  });

  it('shows an empty state before the first evaluation', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(notFoundError()),
      listAttestations: async () => ({ items: [], audit: [] }),
      listWaivers: async () => ({ items: [] }),
    });
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-empty'),
      allowed: ['maturity.admin'],
    });
    expect(
      await screen.findByText('No maturity results yet'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Evaluate now' }),
    ).toBeInTheDocument();
  });

  it('shows an empty state when no domain applies', async () => {
    const none: EntityScorecard = {
      ...scorecard,
      level: null,
      domains: scorecard.domains.filter(d => !d.applicable),
    };
    await renderWithApis(<EntityMaturityContent />, {
      api: apiFor(none),
      entity: testEntity('content-none'),
    });
    expect(
      await screen.findByText('No maturity checks apply'),
    ).toBeInTheDocument();
  });

  it('shows other errors', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(new Error('backend down')),
      listAttestations: async () => ({ items: [], audit: [] }),
      listWaivers: async () => ({ items: [] }),
    });
    await renderWithApis(<EntityMaturityContent />, {
      api,
      entity: testEntity('content-error'),
    });
    expect(
      await screen.findByText(/Could not load the maturity scorecard/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/backend down/).length).toBeGreaterThan(0);
  });

  it('speaks Simplified Chinese when the app language is zh-CN', async () => {
    await renderWithApis(<EntityMaturityContent />, {
      api: apiFor(),
      entity: testEntity('content-zh'),
      language: 'zh-CN',
    });
    expect(
      await screen.findByText('总体级别（最弱能力域）'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('得分 55%：适用检查项中已通过或已豁免的比例'),
    ).toBeInTheDocument();
    const evaluated = screen.getByText(/最近评估于/);
    expect(evaluated.querySelector('time')).not.toBeNull();
    expect(screen.getByText('各能力域级别')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '能力域' })).toBeInTheDocument();
    expect(
      await screen.findByText(/user:default\/bo 为“.*”创建了豁免/),
    ).toBeInTheDocument();
  });

  it("links a system's tab to the system's report", async () => {
    await renderWithApis(<EntityMaturityContent />, {
      api: apiFor(),
      entity: testEntity('online-payment', 'System'),
    });
    expect(await screen.findByRole('link', { name: 'Report' })).toHaveAttribute(
      'href',
      '/maturity/reports/system/default/online-payment',
    );
  });
});
