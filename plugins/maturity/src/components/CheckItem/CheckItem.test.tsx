import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { scorecard } from '../../__testUtils__/fixtures';
import { domainChecks } from '../../lib/nextSteps';
import { techInsightsOutage } from '../../__testUtils__/staleFixtures';
import { CheckItem } from './CheckItem';

const checks = scorecard.domains.flatMap(domainChecks);
const golden = checks.find(c => c.checkId === 'pe-golden-path')!;
const passed = checks.find(c => c.checkId === 'pe-catalog-entry')!;

describe('CheckItem', () => {
  it('marks a check showing an earlier result because its source is down', async () => {
    const { rerender } = await renderInTestApp(
      <CheckItem
        check={{
          ...golden,
          stale: {
            source: 'techInsights',
            since: techInsightsOutage.since,
            evidenceAt: techInsightsOutage.lastSuccessAt,
          },
        }}
      />,
    );
    expect(
      screen.getByText(/^result from 9:30\sAM — TechInsights unreachable$/),
    ).toBeInTheDocument();
    rerender(<CheckItem check={golden} />);
    expect(screen.queryByText(/TechInsights unreachable/)).toBeNull();
  });

  it('shows status, message, observed value, source and remediation', async () => {
    await renderInTestApp(<CheckItem check={passed} />);
    expect(screen.getByText('Passed')).toBeInTheDocument();
    expect(
      screen.getByText('spec.owner is group:default/payments'),
    ).toBeInTheDocument();
    expect(screen.getByText('group:default/payments')).toBeInTheDocument();
    expect(
      screen.getByText('Catalog entity (annotation or field)'),
    ).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'How to fix' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('Fix pe-catalog-entry')).toBeInTheDocument();
  });

  it('offers attest for attestation checks and waive for open checks when permitted', async () => {
    const onAttest = jest.fn();
    const onWaive = jest.fn();
    await renderInTestApp(
      <CheckItem
        check={golden}
        canAttest
        canWaive
        onAttest={onAttest}
        onWaive={onWaive}
      />,
    );
    expect(
      screen.getByText('Link to the template run (valid 180 days)'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: `Attest ${golden.title}` }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: `Waive ${golden.title}` }),
    );
    expect(onAttest).toHaveBeenCalledWith(golden);
    expect(onWaive).toHaveBeenCalledWith(golden);
  });

  it('hides actions without permission and waive on passed checks', async () => {
    await renderInTestApp(
      <>
        <CheckItem check={golden} />
        <CheckItem check={passed} canAttest canWaive />
      </>,
    );
    expect(screen.queryByRole('button', { name: /^Attest/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Waive/ })).toBeNull();
  });

  describe('with a team attestation', () => {
    const teamValue = {
      attestedAt: '2024-03-01T00:00:00.000Z',
      expiresAt: '2024-12-31T00:00:00.000Z',
      evidenceUrl: 'https://wiki.example.com/dr',
      author: 'user:default/ana',
      inheritedFrom: 'group:default/payments',
      inheritedFromTitle: 'Payments Team',
    };
    const inherited = {
      ...golden,
      status: 'passed' as const,
      value: teamValue,
      message:
        'attested for Payments Team by user:default/ana on 2024-03-01, expires 2024-08-28, evidence https://wiki.example.com/dr',
    };
    const mountedRoutes = {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    };

    it('shows where the attestation comes from, linked to the group', async () => {
      const onAttest = jest.fn();
      await renderInTestApp(
        <CheckItem check={inherited} canAttest onAttest={onAttest} />,
        mountedRoutes,
      );
      const check = screen.getByRole('article', {
        name: `Check ${golden.title}`,
      });
      const term = within(check).getByText('Team attestation');
      const provenance = term.nextElementSibling as HTMLElement;
      expect(provenance.tagName).toBe('DD');
      expect(provenance).toHaveTextContent(
        'Attested for Payments Team (inherited)',
      );
      expect(
        within(provenance).getByRole('link', { name: 'Payments Team' }),
      ).toHaveAttribute('href', '/catalog/default/group/payments');
      // valid 180 days from 1 Mar 2024, before its expiry on 31 Dec
      expect(provenance).toHaveTextContent(
        'By user:default/ana on Mar 1, 2024, expires Aug 28, 2024',
      );
      expect(
        within(provenance).getByRole('link', {
          name: 'https://wiki.example.com/dr',
        }),
      ).toHaveAttribute('href', 'https://wiki.example.com/dr');
      expect(provenance).toHaveTextContent(
        'An attestation of this entity itself takes precedence',
      );
      expect(within(check).queryByText('Observed value')).toBeNull();
      // the entity's own attestation stays possible
      await userEvent.click(
        within(check).getByRole('button', { name: `Attest ${golden.title}` }),
      );
      expect(onAttest).toHaveBeenCalledWith(inherited);
    });

    it('names the group by its ref without a title', async () => {
      const { inheritedFromTitle: _, ...untitled } = teamValue;
      await renderInTestApp(
        <CheckItem check={{ ...inherited, value: untitled }} />,
        mountedRoutes,
      );
      expect(screen.getByRole('link', { name: /payments/ })).toHaveAttribute(
        'href',
        '/catalog/default/group/payments',
      );
      expect(screen.queryByText(/takes precedence/)).toBeNull();
    });

    it("is not shown for the entity's own attestation", async () => {
      const { inheritedFrom: _, inheritedFromTitle: __, ...own } = teamValue;
      await renderInTestApp(
        <CheckItem check={{ ...inherited, value: own }} />,
        mountedRoutes,
      );
      expect(screen.queryByText('Team attestation')).toBeNull();
      expect(screen.getByText('Observed value')).toBeInTheDocument();
    });
  });
});
