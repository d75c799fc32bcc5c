import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { modelList } from '../../__testUtils__/fixtures';
import { MaturityFilters } from './MaturityFilters';

describe('MaturityFilters', () => {
  it('changes model, kind, lifecycle and domain', async () => {
    const onChange = jest.fn();
    const values = {
      modelId: 'caict-devops',
      kind: '',
      lifecycle: 'production',
      domainId: 'sre',
    };
    await renderInTestApp(
      <MaturityFilters
        values={values}
        onChange={onChange}
        models={modelList.items}
        domains={[{ id: 'sre', title: 'SRE' }]}
      />,
    );
    expect(
      screen.getByRole('button', { name: /Kind All kinds/ }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Kind/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Component' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ ...values, kind: 'component' });

    await userEvent.click(screen.getByRole('button', { name: /Lifecycle/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'All lifecycles' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ ...values, lifecycle: '' });

    await userEvent.click(screen.getByRole('button', { name: /Model/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Lite model' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      ...values,
      modelId: 'lite',
      domainId: '',
    });
  });
});
