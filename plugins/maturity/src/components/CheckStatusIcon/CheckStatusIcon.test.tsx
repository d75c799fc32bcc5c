import { screen } from '@testing-library/react';
import { CheckStatusIcon } from './CheckStatusIcon';
import { renderTranslated } from '../../__testUtils__/translation';

describe('CheckStatusIcon', () => {
  it('shows the status as text next to the icon', () => {
    renderTranslated(<CheckStatusIcon status="unknown" />);
    expect(screen.getByText('Unknown (no evidence)')).toBeInTheDocument();
  });

  it('names the icon when the label is hidden', () => {
    renderTranslated(<CheckStatusIcon status="waived" showLabel={false} />);
    expect(screen.getByRole('img', { name: 'Waived' })).toBeInTheDocument();
  });
});
