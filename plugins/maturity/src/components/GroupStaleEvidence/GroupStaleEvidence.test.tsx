import { screen, within } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { renderWithApis } from '../../__testUtils__/render';
import { staleSummary } from '../../__testUtils__/staleFixtures';
import { GroupStaleEvidence } from './GroupStaleEvidence';

jest.setTimeout(20_000);

describe('GroupStaleEvidence', () => {
  it("counts the team's entities on stale evidence and links the listed ones to their Maturity tab", async () => {
    await renderWithApis(<GroupStaleEvidence summary={staleSummary} />, {
      api: fakeMaturityApi(),
    });
    const banner = await screen.findByRole('status', {
      name: 'Stale evidence',
    });
    expect(banner).toHaveTextContent(
      /^7 entities of this team show results from before an outage: TechInsights unreachable since 10:42\sAM/,
    );
    const list = within(banner).getByRole('list', {
      name: 'Entities on stale evidence',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items.map(i => i.textContent)).toEqual([
      'QuickPay Gateway · 23 checks from before the outage',
      'quickpay-ledger · 11 checks from before the outage',
      'QuickPay API · 1 check from before the outage',
    ]);
    expect(
      within(list).getByRole('link', { name: 'QuickPay Gateway' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/quickpay-gateway/maturity',
    );
    expect(
      within(list).getByRole('link', { name: 'QuickPay API' }),
    ).toHaveAttribute('href', '/catalog/default/api/quickpay-api/maturity');
    expect(banner).toHaveTextContent('and 4 more');
  });

  it('speaks Chinese', async () => {
    await renderWithApis(<GroupStaleEvidence summary={staleSummary} />, {
      api: fakeMaturityApi(),
      language: 'zh-CN',
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      '本团队有 7 个实体显示故障前的结果：TechInsights 自 10:42 起无法访问',
    );
  });

  it('shows nothing without a summary', async () => {
    await renderWithApis(<GroupStaleEvidence summary={undefined} />, {
      api: fakeMaturityApi(),
    });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
