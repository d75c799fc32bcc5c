import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { model, modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { ModelExplorer } from './ModelExplorer';

describe('ModelExplorer', () => {
  it('filters checks by level and lists domains with PE and SRE first', async () => {
    const api = fakeMaturityApi({
      listModels: async () => modelList,
      getModel: async () => model,
    });
    await renderWithApis(<ModelExplorer />, { api });
    expect(
      await screen.findByRole('heading', { name: 'Platform Engineering' }),
    ).toBeInTheDocument();
    expect(api.getModel).toHaveBeenCalledWith('caict-devops');
    expect(screen.getByText(/1 capability · 2 checks/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /^Level/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Level 2 · Foundation' }),
    );
    expect(
      screen.queryByRole('heading', { name: 'Platform Engineering' }),
    ).toBeNull();
    expect(
      screen.getByText(/1 capability · 1 check matches/),
    ).toBeInTheDocument();
  });

  it('shows errors', async () => {
    await renderWithApis(<ModelExplorer />, {
      api: fakeMaturityApi({
        listModels: async () => modelList,
        getModel: async () => Promise.reject(new Error('model down')),
      }),
    });
    expect(
      await screen.findByText(/Could not load the model/),
    ).toBeInTheDocument();
  });
});
