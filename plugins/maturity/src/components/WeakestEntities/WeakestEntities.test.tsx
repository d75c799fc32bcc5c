import { screen } from '@testing-library/react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { entities, levels } from '../../__testUtils__/fixtures';
import { WeakestEntities } from './WeakestEntities';

describe('WeakestEntities', () => {
  it('lists entities with level, link and score', async () => {
    await renderInTestApp(
      <WeakestEntities items={[entities[2]]} levels={levels} />,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(screen.getByRole('link', { name: 'fx-rates' })).toBeInTheDocument();
    expect(screen.getByText('L0 Below Initial')).toBeInTheDocument();
    expect(screen.getByText(/Score 20%/)).toBeInTheDocument();
  });

  it('says when there is nothing to list', async () => {
    await renderInTestApp(<WeakestEntities items={[]} />);
    expect(screen.getByText('No evaluated entities.')).toBeInTheDocument();
  });
});
