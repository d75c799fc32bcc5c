import { screen, within } from '@testing-library/react';
import { fakeMaturityApi, notFoundError } from '../../__testUtils__/fakes';
import { scorecard } from '../../__testUtils__/fixtures';
import { renderWithApis, testEntity } from '../../__testUtils__/render';
import type { EntityScorecard } from '../../api/types';
import { techInsightsOutage } from '../../__testUtils__/staleFixtures';
import { EntityMaturityCard } from './EntityMaturityCard';

describe('EntityMaturityCard', () => {
  it('warns first when evidence could not be read at the latest evaluation', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => ({
        ...scorecard,
        staleEvidence: [techInsightsOutage],
      }),
    });
    await renderWithApis(<EntityMaturityCard />, {
      api,
      entity: testEntity('card-stale'),
    });
    const banner = await screen.findByRole('status', {
      name: 'Stale evidence',
    });
    expect(banner).toHaveTextContent(
      /TechInsights unreachable since 10:42\sAM — 23 checks show results from 9:30\sAM/,
    );
    expect(banner).not.toHaveTextContent('Levels count');
    expect(
      screen.getByText('Level 1 · Initial', { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('shows the overall, PE and SRE levels and the top 3 next steps', async () => {
    const api = fakeMaturityApi({ getScorecard: async () => scorecard });
    await renderWithApis(<EntityMaturityCard />, {
      api,
      entity: testEntity('card'),
    });
    expect(
      await screen.findByText('Level 1 · Initial', { selector: 'p' }),
    ).toBeInTheDocument();
    const domains = screen.getByRole('list', { name: 'Key domains' });
    expect(
      within(domains).getByText('Platform Engineering'),
    ).toBeInTheDocument();
    expect(
      within(domains).getByText('Site Reliability Engineering'),
    ).toBeInTheDocument();
    const steps = within(
      screen.getByRole('list', { name: 'Next steps' }),
    ).getAllByRole('listitem');
    expect(steps.map(s => s.textContent)).toEqual([
      expect.stringContaining('The component belongs to an existing system'),
      expect.stringContaining('Created from a golden path template'),
      expect.stringContaining('SLOs are defined'),
    ]);
    expect(
      screen.getByRole('link', { name: /View maturity details/ }),
    ).toHaveAttribute('href', '/catalog/default/component/card/maturity');
  });

  it('says when every domain is at the top level', async () => {
    const top: EntityScorecard = {
      ...scorecard,
      level: 5,
      domains: scorecard.domains.map(d => ({ ...d, nextLevel: undefined })),
    };
    const api = fakeMaturityApi({ getScorecard: async () => top });
    await renderWithApis(<EntityMaturityCard />, {
      api,
      entity: testEntity('card-top'),
    });
    expect(await screen.findByText(/Nothing open/)).toBeInTheDocument();
  });

  it('shows an empty state before the first evaluation', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(notFoundError()),
    });
    await renderWithApis(<EntityMaturityCard />, {
      api,
      entity: testEntity('card-empty'),
    });
    expect(await screen.findByText('Not evaluated yet')).toBeInTheDocument();
  });

  it('shows errors', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(new Error('backend down')),
    });
    await renderWithApis(<EntityMaturityCard />, {
      api,
      entity: testEntity('card-error'),
    });
    expect((await screen.findAllByText(/backend down/)).length).toBeGreaterThan(
      0,
    );
  });
});
