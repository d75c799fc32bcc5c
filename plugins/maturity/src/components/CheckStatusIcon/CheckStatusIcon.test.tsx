import { render, screen } from '@testing-library/react';
import { CheckStatusIcon } from './CheckStatusIcon';

describe('CheckStatusIcon', () => {
  it('shows the status as text next to the icon', () => {
    render(<CheckStatusIcon status="unknown" />);
    expect(screen.getByText('Unknown (no evidence)')).toBeInTheDocument();
  });

  it('names the icon when the label is hidden', () => {
    render(<CheckStatusIcon status="waived" showLabel={false} />);
    expect(screen.getByRole('img', { name: 'Waived' })).toBeInTheDocument();
  });
});
