import { render, screen } from '@testing-library/react';
import { AfterFirstPaint } from './AfterFirstPaint';

describe('AfterFirstPaint', () => {
  it('renders its children after what was rendered with it, in a later frame', async () => {
    render(
      <>
        <p>first</p>
        <AfterFirstPaint>
          <p>later</p>
        </AfterFirstPaint>
      </>,
    );
    expect(screen.getByText('first')).toBeInTheDocument();
    expect(screen.queryByText('later')).not.toBeInTheDocument();
    expect(await screen.findByText('later')).toBeInTheDocument();
  });
});
