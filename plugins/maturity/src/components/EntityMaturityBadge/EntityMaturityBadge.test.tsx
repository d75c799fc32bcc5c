import { screen } from '@testing-library/react';
import { fakeMaturityApi, notFoundError } from '../../__testUtils__/fakes';
import { scorecard } from '../../__testUtils__/fixtures';
import { renderWithApis, testEntity } from '../../__testUtils__/render';
import { EntityMaturityBadge } from './EntityMaturityBadge';

describe('EntityMaturityBadge', () => {
  it('shows the overall level of the current entity', async () => {
    const api = fakeMaturityApi({ getScorecard: async () => scorecard });
    await renderWithApis(<EntityMaturityBadge />, {
      api,
      entity: testEntity('badge'),
    });
    expect(await screen.findByText('Level 1 · Initial')).toBeInTheDocument();
    expect(screen.getByText('L1 Initial')).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith('component:default/badge', {
      model: undefined,
    });
  });

  it('takes an entity ref without an entity page', async () => {
    const api = fakeMaturityApi({ getScorecard: async () => scorecard });
    await renderWithApis(
      <EntityMaturityBadge
        entityRef="system:default/payments"
        modelId="lite"
      />,
      { api },
    );
    expect(await screen.findByText('L1 Initial')).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith('system:default/payments', {
      model: 'lite',
    });
  });

  it('says when the entity is not evaluated', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(notFoundError()),
    });
    await renderWithApis(
      <EntityMaturityBadge entityRef="component:default/x" />,
      {
        api,
      },
    );
    expect(
      await screen.findByText('Maturity: not evaluated'),
    ).toBeInTheDocument();
  });

  it('says when the level is unavailable', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(new Error('boom')),
    });
    await renderWithApis(
      <EntityMaturityBadge entityRef="component:default/y" />,
      {
        api,
      },
    );
    expect(
      await screen.findByText('Maturity: unavailable'),
    ).toBeInTheDocument();
  });
});
