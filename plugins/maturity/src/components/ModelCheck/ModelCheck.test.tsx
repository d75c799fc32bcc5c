import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { levels, model } from '../../__testUtils__/fixtures';
import { ModelCheck } from './ModelCheck';

describe('ModelCheck', () => {
  it('shows the level, verification, reference and remediation of a check', async () => {
    const check = model.domains[0].capabilities[0].checks[0];
    await renderInTestApp(<ModelCheck check={check} levels={levels} />);
    expect(screen.getByText('L1 Initial')).toBeInTheDocument();
    expect(
      screen.getByText(/pe-catalog-entry · Automated rule/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Reference: CAICT DevOps CMM/)).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show remediation' }),
    );
    expect(await screen.findByText('catalog-info.yaml')).toBeInTheDocument();
  });
});
