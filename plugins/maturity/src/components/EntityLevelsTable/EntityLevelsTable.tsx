import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { ReactNode, useMemo } from 'react';
import type { EntityListItem, MaturityLevelDefinition } from '../../api/types';
import { formatScore } from '../../lib/levels';
import { useLevelChips } from '../LevelChip';
import { useMaturityTranslation } from '../../translation';

function compareLevels(
  a: number | null | undefined,
  b: number | null | undefined,
) {
  const av = a ?? -1;
  const bv = b ?? -1;
  return av - bv;
}

/**
 * Props of {@link EntityLevelsTable}.
 *
 * @public
 */
export interface EntityLevelsTableProps {
  items: EntityListItem[];
  /** The domains to show as columns, in display order. */
  domains: Array<{ id: string; title: string }>;
  levels?: MaturityLevelDefinition[];
  title?: string;
  /** Extra content above the table, e.g. an export button. */
  actions?: ReactNode;
  /** Page size (default 20). */
  pageSize?: number;
}

/**
 * A sortable, searchable table of entities with their overall level and a
 * level column per domain.
 *
 * @public
 */
export function EntityLevelsTable(props: EntityLevelsTableProps) {
  const { t, language } = useMaturityTranslation();
  const {
    items,
    domains,
    levels,
    title = t('entityLevelsTable.title'),
    actions,
  } = props;
  const chip = useLevelChips(levels);
  // Built once per domains, levels and language, not on every render of the
  // page: new columns make material-table set up its columns and rows anew.
  const columns = useMemo(
    (): TableColumn<EntityListItem>[] => [
      {
        title: t('entityLevelsTable.entity'),
        field: 'name',
        highlight: true,
        // The search box finds entities by the title shown as well as by name.
        customFilterAndSearch: (term: string, row) =>
          [row.title, row.name, row.entityRef].some(text =>
            text
              ?.toLocaleLowerCase()
              .includes(String(term).toLocaleLowerCase()),
          ),
        render: row => (
          <EntityRefLink
            entityRef={row.entityRef}
            title={row.title ?? row.name}
          />
        ),
      },
      { title: t('entityLevelsTable.kind'), field: 'kind' },
      { title: t('entityLevelsTable.lifecycle'), field: 'lifecycle' },
      {
        title: t('entityLevelsTable.owner'),
        field: 'ownerRef',
        render: row =>
          row.ownerRef ? <EntityRefLink entityRef={row.ownerRef} /> : '–',
      },
      {
        title: t('common.overall'),
        field: 'level',
        customSort: (a, b) =>
          compareLevels(a.level, b.level) || a.score - b.score,
        render: row => (
          <span
            title={t('common.score', {
              score: formatScore(row.score, language),
            })}
          >
            {chip(row.level, { size: 'small' })}
          </span>
        ),
      },
      ...domains.map(
        (domain): TableColumn<EntityListItem> => ({
          title: domain.title,
          field: `domains.${domain.id}.level`,
          searchable: false,
          customSort: (a, b) =>
            compareLevels(
              a.domains[domain.id]?.level,
              b.domains[domain.id]?.level,
            ),
          render: row =>
            chip(row.domains[domain.id]?.level ?? null, { size: 'small' }),
        }),
      ),
    ],
    [t, language, chip, domains],
  );
  return (
    <>
      {actions}
      <Table<EntityListItem>
        title={title}
        columns={columns}
        data={items}
        options={{
          paging: items.length > (props.pageSize ?? 20),
          pageSize: props.pageSize ?? 20,
          padding: 'dense',
          search: true,
        }}
        emptyContent={
          <div style={{ padding: 16 }}>{t('entityLevelsTable.empty')}</div>
        }
      />
    </>
  );
}
