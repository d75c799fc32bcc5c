import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { entities } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { GroupDrilldown } from './GroupDrilldown';

describe('GroupDrilldown', () => {
  it('lists the filtered entities of a group and links to its page', async () => {
    const api = fakeMaturityApi({
      listEntities: async () => ({ items: entities, totalCount: 3 }),
    });
    const onClose = jest.fn();
    await renderWithApis(
      <GroupDrilldown
        groupRef="group:default/payments"
        title="Payments"
        kind="component"
        lifecycle=""
        domains={[{ id: 'sre', title: 'SRE' }]}
        onClose={onClose}
      />,
      { api },
    );
    expect(await screen.findByText('3 entities')).toBeInTheDocument();
    expect(api.listEntities).toHaveBeenCalledWith({
      model: undefined,
      group: 'group:default/payments',
      kind: 'component',
      lifecycle: undefined,
      cursor: undefined,
      limit: 1000,
    });
    expect(
      screen.getByRole('link', { name: 'Open the Payments page' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments');
    await userEvent.click(
      screen.getByRole('button', { name: 'Close Payments' }),
    );
    expect(onClose).toHaveBeenCalled();
  });

  it('lists the entities no group owns', async () => {
    const api = fakeMaturityApi({
      listEntities: async () => ({ items: [entities[0]], totalCount: 1 }),
    });
    await renderWithApis(
      <GroupDrilldown
        title=""
        lifecycle="production"
        domains={[{ id: 'sre', title: 'SRE' }]}
        onClose={() => {}}
      />,
      { api },
    );
    expect(await screen.findByText('1 entity')).toBeInTheDocument();
    expect(screen.getByText('Unowned entities')).toBeInTheDocument();
    expect(api.listEntities).toHaveBeenCalledWith({
      model: undefined,
      unowned: true,
      kind: undefined,
      lifecycle: 'production',
      cursor: undefined,
      limit: 1000,
    });
    expect(screen.queryByRole('link', { name: /Open the/ })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Close Unowned entities' }),
    ).toBeInTheDocument();
  });

  it('follows cursors and shows empty and error states', async () => {
    const list = jest
      .fn()
      .mockResolvedValueOnce({ items: [], totalCount: 0, nextCursor: 'c2' })
      .mockResolvedValueOnce({ items: [], totalCount: 0 });
    const { unmount } = await renderWithApis(
      <GroupDrilldown
        groupRef="group:default/empty"
        title="Empty"
        domains={[]}
        onClose={jest.fn()}
      />,
      { api: fakeMaturityApi({ listEntities: list }) },
    );
    expect(
      await screen.findByText('No evaluated entities match the filters.'),
    ).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ cursor: 'c2' }),
    );
    unmount();
    await renderWithApis(
      <GroupDrilldown
        groupRef="group:default/x"
        title="X"
        domains={[]}
        onClose={jest.fn()}
      />,
      {
        api: fakeMaturityApi({
          listEntities: async () => Promise.reject(new Error('list down')),
        }),
      },
    );
    expect((await screen.findAllByText(/list down/)).length).toBeGreaterThan(0);
  });
});
