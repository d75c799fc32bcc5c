import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('renders the demo sign-in page with the guest provider', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Harbor Bank Developer Portal' },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    const enter = await screen.findByRole(
      'button',
      { name: /enter/i },
      { timeout: 20_000 },
    );
    expect(enter).toBeInTheDocument();
    expect(document.body.textContent).toContain('Harbor Bank Developer Portal');
    expect(document.body.textContent).toMatch(/guest/i);
  }, 30_000);
});
