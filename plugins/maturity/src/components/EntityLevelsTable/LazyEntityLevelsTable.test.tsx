import { screen } from '@testing-library/react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { entities, levels } from '../../__testUtils__/fixtures';
import { LazyEntityLevelsTable } from './LazyEntityLevelsTable';

describe('LazyEntityLevelsTable', () => {
  it('shows the entity table once its code is in', async () => {
    await renderInTestApp(
      <LazyEntityLevelsTable
        title="Teams (2)"
        items={entities}
        domains={[{ id: 'sre', title: 'SRE' }]}
        levels={levels}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(await screen.findByText('Teams (2)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'QuickPay Gateway' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: /SRE/ }),
    ).toBeInTheDocument();
  });
});
