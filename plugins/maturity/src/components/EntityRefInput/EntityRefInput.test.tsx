import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { useState } from 'react';
import { EntityRefInput } from './EntityRefInput';

const userEvent = userEventApi.setup({ delay: null });

jest.setTimeout(20_000);

const group = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
});

function Field(props: { initial: string; multiple?: boolean }) {
  const [value, setValue] = useState(props.initial);
  return (
    <>
      <EntityRefInput
        id="f"
        label="Teams"
        kind="Group"
        multiple={props.multiple}
        value={value}
        onChange={setValue}
      />
      <output aria-label="value">{value}</output>
    </>
  );
}

async function renderField(initial: string, multiple?: boolean) {
  const getEntities = jest.fn(async () => ({
    items: [group('payments'), group('payments-core'), group('cards')],
  }));
  await renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, { getEntities } as any]]}>
      <Field initial={initial} multiple={multiple} />
    </TestApiProvider>,
  );
  return getEntities;
}

describe('EntityRefInput', () => {
  it('suggests catalog groups matching the text and takes the chosen one', async () => {
    const getEntities = await renderField('');
    await userEvent.type(screen.getByRole('textbox', { name: 'Teams' }), 'pay');
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'group:default/payments',
      'group:default/payments-core',
    ]);
    expect(getEntities).toHaveBeenCalledWith({
      filter: { kind: 'Group' },
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    });
    await userEvent.click(options[1]);
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent(
      /^group:default\/payments-core$/,
    );
  });

  it('completes the last ref of a list', async () => {
    await renderField('group:default/cards,', true);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Teams' }),
      ' payments-c',
    );
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'group:default/payments-core',
      }),
    );
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent(
      'group:default/cards, group:default/payments-core',
    );
  });

  it('keeps free text that the catalog does not know', async () => {
    await renderField('');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Teams' }),
      'group:other/unknown',
    );
    expect(screen.queryByRole('option')).toBeNull();
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent(
      'group:other/unknown',
    );
  });
});
