import { render, screen } from '@testing-library/react';
import { VisuallyHidden } from './VisuallyHidden';

describe('VisuallyHidden', () => {
  it('keeps text in the accessibility tree but off screen', () => {
    render(<VisuallyHidden>hidden label</VisuallyHidden>);
    expect(screen.getByText('hidden label')).toHaveStyle({
      position: 'absolute',
      overflow: 'hidden',
    });
  });
});
