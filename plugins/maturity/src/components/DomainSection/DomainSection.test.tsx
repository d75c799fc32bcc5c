import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { levels, scorecard } from '../../__testUtils__/fixtures';
import { DomainSection } from './DomainSection';

describe('DomainSection', () => {
  it('summarises the domain and expands to its next level and ladder', async () => {
    const cd = scorecard.domains.find(
      d => d.domainId === 'continuous-delivery',
    )!;
    await renderInTestApp(<DomainSection domain={cd} levels={levels} />);
    expect(
      screen.getByRole('heading', { name: 'Continuous Delivery' }),
    ).toBeInTheDocument();
    expect(screen.getByText('L2 Foundation')).toBeInTheDocument();
    expect(
      screen.getByText('Score 60% · 3 passed · 1 failed'),
    ).toBeInTheDocument();
    expect(screen.queryByText('To reach Level 3 · Comprehensive')).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: /Continuous Delivery/ }),
    );
    expect(
      screen.getByText('To reach Level 3 · Comprehensive'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Level 5 · Outstanding' }),
    ).toBeInTheDocument();
  });

  it('says when a domain does not apply', async () => {
    const agile = scorecard.domains.find(d => d.domainId === 'agile')!;
    await renderInTestApp(<DomainSection domain={agile} defaultExpanded />);
    expect(
      screen.getByText('No check of this domain applies to this entity.'),
    ).toBeInTheDocument();
    expect(screen.getByText('N/A')).toBeInTheDocument();
  });
});
