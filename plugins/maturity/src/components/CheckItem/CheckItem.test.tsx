import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { scorecard } from '../../__testUtils__/fixtures';
import { domainChecks } from '../../lib/nextSteps';
import { CheckItem } from './CheckItem';

const checks = scorecard.domains.flatMap(domainChecks);
const golden = checks.find(c => c.checkId === 'pe-golden-path')!;
const passed = checks.find(c => c.checkId === 'pe-catalog-entry')!;

describe('CheckItem', () => {
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
});
