import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { entities, levels } from '../../__testUtils__/fixtures';
import { EntityLevelsTable } from './EntityLevelsTable';

describe('EntityLevelsTable', () => {
  it('shows a row per entity with its overall and domain levels', async () => {
    await renderInTestApp(
      <EntityLevelsTable
        items={entities}
        domains={[
          { id: 'platform-engineering', title: 'Platform Engineering' },
          { id: 'sre', title: 'SRE' },
        ]}
        levels={levels}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    const link = screen.getByRole('link', { name: 'QuickPay Gateway' });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/quickpay-gateway',
    );
    const row = link.closest('tr')!;
    expect(within(row).getAllByText('Level 1 · Initial')).toHaveLength(3);
    const fx = screen.getByRole('link', { name: 'fx-rates' }).closest('tr')!;
    expect(within(fx).getByText('Not applicable')).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: /Platform Engineering/ }),
    ).toBeInTheDocument();
  });

  it('filters entities by their shown title', async () => {
    await renderInTestApp(
      <EntityLevelsTable items={entities} domains={[]} levels={levels} />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    // "Pay Gateway" is in the title "QuickPay Gateway", not in the name.
    await userEvent.click(screen.getByPlaceholderText('Filter'));
    await userEvent.paste('Pay Gateway');
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'fx-rates' })).toBeNull(),
    );
    expect(
      screen.getByRole('link', { name: 'QuickPay Gateway' }),
    ).toBeInTheDocument();
  });

  it('shows an empty table', async () => {
    await renderInTestApp(<EntityLevelsTable items={[]} domains={[]} />, {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(screen.getByText('No entities match.')).toBeInTheDocument();
  });
});
