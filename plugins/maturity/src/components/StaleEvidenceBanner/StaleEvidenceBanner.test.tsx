import { screen } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { renderWithApis } from '../../__testUtils__/render';
import {
  pushedOutage,
  techInsightsOutage,
} from '../../__testUtils__/staleFixtures';
import type { EvidenceOutage } from '../../api/types';
import { StaleEvidenceBanner } from './StaleEvidenceBanner';

jest.setTimeout(20_000);

function render(
  outages: EvidenceOutage[] | undefined,
  options: { language?: 'zh-CN'; compact?: boolean } = {},
) {
  return renderWithApis(
    <StaleEvidenceBanner outages={outages} compact={options.compact} />,
    { api: fakeMaturityApi(), language: options.language },
  );
}

describe('StaleEvidenceBanner', () => {
  it('names each source that is down, since when, and how old the results are', async () => {
    await render([techInsightsOutage, pushedOutage]);
    const banner = await screen.findByRole('status', {
      name: 'Stale evidence',
    });
    expect(banner).toHaveTextContent(
      /TechInsights unreachable since 10:42\sAM — 23 checks show results from 9:30\sAM/,
    );
    expect(banner).toHaveTextContent(
      /CI \(pushed\) unreachable since 8:15\sAM — 2 checks show earlier results/,
    );
    expect(
      screen.getByText(
        'TechInsights reported: connect ECONNREFUSED 127.0.0.1:7099',
      ),
    ).toHaveAttribute('title', 'connect ECONNREFUSED 127.0.0.1:7099');
    expect(banner).toHaveTextContent(
      'Levels count these earlier results until the source answers again.',
    );
  });

  it('leaves the note on levels out when compact', async () => {
    await render([techInsightsOutage], { compact: true });
    expect(await screen.findByRole('status')).not.toHaveTextContent(
      'Levels count',
    );
  });

  it('speaks Chinese', async () => {
    await render([techInsightsOutage], { language: 'zh-CN' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'TechInsights 自 10:42 起无法访问 — 23 个检查项显示 09:30 的结果',
    );
  });

  it('shows nothing without an outage', async () => {
    await render([]);
    await render(undefined);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
