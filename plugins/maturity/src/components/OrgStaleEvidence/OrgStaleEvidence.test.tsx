import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { renderWithApis } from '../../__testUtils__/render';
import {
  noStaleEvidence,
  staleSummary,
} from '../../__testUtils__/staleFixtures';
import { OrgStaleEvidence } from './OrgStaleEvidence';

jest.setTimeout(20_000);

describe('OrgStaleEvidence', () => {
  it('counts the entities on stale evidence per source and unfolds into their list', async () => {
    await renderWithApis(<OrgStaleEvidence summary={staleSummary} />, {
      api: fakeMaturityApi(),
    });
    const banner = await screen.findByRole('status', {
      name: 'Stale evidence',
    });
    expect(banner).toHaveTextContent('7 entities rest on stale evidence');
    expect(banner).toHaveTextContent(
      /TechInsights unreachable since 10:42\sAM \(7 entities\)/,
    );
    expect(within(banner).queryByRole('list')).toBeNull();

    await userEvent.click(
      within(banner).getByRole('button', { name: 'Show entities' }),
    );
    const list = await within(banner).findByRole('list', {
      name: 'Entities on stale evidence',
    });
    expect(
      within(list)
        .getAllByRole('link')
        .map(l => l.textContent),
    ).toEqual(['QuickPay Gateway', 'quickpay-ledger', 'QuickPay API']);
    expect(banner).toHaveTextContent('and 4 more');
    expect(
      within(banner).getByRole('button', { name: 'Hide entities' }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it('speaks Chinese', async () => {
    await renderWithApis(<OrgStaleEvidence summary={staleSummary} />, {
      api: fakeMaturityApi(),
      language: 'zh-CN',
    });
    const banner = await screen.findByRole('status');
    expect(banner).toHaveTextContent('7 个实体基于过期证据');
    expect(banner).toHaveTextContent(
      'TechInsights 自 10:42 起无法访问（7 个实体）',
    );
  });

  it('shows nothing when no entity rests on stale evidence', async () => {
    await renderWithApis(<OrgStaleEvidence summary={noStaleEvidence} />, {
      api: fakeMaturityApi(),
    });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
