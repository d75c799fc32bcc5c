import { screen, within } from '@testing-library/react';
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

  it('shows an empty table', async () => {
    await renderInTestApp(<EntityLevelsTable items={[]} domains={[]} />, {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(screen.getByText('No entities match.')).toBeInTheDocument();
  });
});
