import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { groupRollup, levels } from '../../__testUtils__/fixtures';
import { RollupHeatmap } from './RollupHeatmap';

const rows = [
  { ...groupRollup, children: undefined, parentRef: undefined },
  ...groupRollup.children,
];
const domains = [{ id: 'sre', title: 'SRE' }];

describe('RollupHeatmap', () => {
  it('shows averages with counts, nests sub-groups and drills down', async () => {
    const onSelect = jest.fn();
    await renderInTestApp(
      <RollupHeatmap
        rows={rows as any}
        domains={domains}
        levels={levels}
        onSelectGroup={onSelect}
      />,
    );
    const table = screen.getByRole('table', {
      name: 'Average maturity level per group and domain',
    });
    const cells = within(table).getAllByRole('cell');
    expect(cells.map(c => c.textContent)).toEqual([
      '3',
      '1.3average level over n=3',
      '2.0average level over n=2',
    ]);
    expect(cells[2]).toHaveStyle({ backgroundColor: '#f9a825' });
    const expand = screen.getByRole('button', { name: 'Expand Payments' });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(expand);
    expect(
      screen.getByRole('button', { name: 'Collapse Payments' }),
    ).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(
      screen.getByRole('button', { name: 'Drill into Payments Core' }),
    );
    expect(onSelect).toHaveBeenCalledWith('group:default/payments-core');
  });

  it('shows the entities no group owns as a last row and drills into them', async () => {
    const onSelectUnowned = jest.fn();
    await renderInTestApp(
      <RollupHeatmap
        rows={rows as any}
        domains={domains}
        levels={levels}
        onSelectGroup={() => {}}
        unowned={{
          entityCount: 2,
          overall: groupRollup.overall,
          domains: { sre: groupRollup.domains.sre },
        }}
        onSelectUnowned={onSelectUnowned}
      />,
    );
    const table = screen.getByRole('table');
    const bodyRows = within(table).getAllByRole('row').slice(1);
    const last = bodyRows[bodyRows.length - 1];
    expect(within(last).getByRole('rowheader')).toHaveTextContent('Unowned');
    expect(
      within(last)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['2', '1.3average level over n=3', '2.0average level over n=2']);
    await userEvent.click(
      within(last).getByRole('button', { name: 'Drill into Unowned' }),
    );
    expect(onSelectUnowned).toHaveBeenCalled();
  });

  it('leaves out the unowned row when every entity has a group', async () => {
    await renderInTestApp(
      <RollupHeatmap
        rows={groupRollup.children}
        domains={domains}
        unowned={{
          entityCount: 0,
          overall: groupRollup.overall,
          domains: {},
        }}
      />,
    );
    expect(screen.queryByText('Unowned')).toBeNull();
  });

  it('shows plain group names without drill-down', async () => {
    await renderInTestApp(
      <RollupHeatmap rows={groupRollup.children} domains={domains} />,
    );
    expect(screen.getByText('Payments Core')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
