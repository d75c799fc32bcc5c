import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import { makeStyles } from '@material-ui/core/styles';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { Fragment, useState } from 'react';
import type {
  GroupRollupRow,
  LevelAggregate,
  MaturityLevelDefinition,
  UnownedRollup,
} from '../../api/types';
import { formatAverage, levelColours, levelLabel } from '../../lib/levels';
import { VisuallyHidden } from '../VisuallyHidden';
import { useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  wrapper: { overflowX: 'auto' },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 2,
    width: '100%',
    fontSize: '0.875rem',
  },
  header: {
    fontWeight: theme.typography.fontWeightMedium as number,
    textAlign: 'center',
    padding: theme.spacing(0.5),
    verticalAlign: 'bottom',
    minWidth: 72,
  },
  groupCell: {
    textAlign: 'left',
    whiteSpace: 'nowrap',
    padding: theme.spacing(0.5, 1),
  },
  cell: {
    textAlign: 'center',
    padding: theme.spacing(0.5),
    borderRadius: 4,
    lineHeight: 1.2,
  },
  count: { display: 'block', fontSize: '0.7rem', opacity: 0.85 },
  selected: { outline: `2px solid ${theme.palette.primary.main}` },
  unowned: { fontStyle: 'italic' },
}));

/**
 * Props of {@link RollupHeatmap}.
 *
 * @public
 */
export interface RollupHeatmapProps {
  /** Rollup rows; rows with a parentRef in the list nest below their parent. */
  rows: GroupRollupRow[];
  /** The domain columns, in display order. */
  domains: Array<{ id: string; title: string }>;
  levels?: MaturityLevelDefinition[];
  /** The group currently drilled into. */
  selectedGroupRef?: string;
  /** Drill into a group; group names become buttons when given. */
  onSelectGroup?: (groupRef: string) => void;
  /** Caption of the table for screen readers. */
  caption?: string;
  /** The entities no group owns: a last row when there are any. */
  unowned?: UnownedRollup;
  /** The unowned row is drilled into. */
  unownedSelected?: boolean;
  /** Drill into the unowned entities; the row name becomes a button. */
  onSelectUnowned?: () => void;
}

function groupName(row: GroupRollupRow): string {
  return row.title ?? row.groupRef.replace(/^group:(default\/)?/, '');
}

/**
 * A heatmap of groups × domains: each cell shows the average level (colour
 * and number) and the number of entities it covers. Top-level groups expand
 * to their sub-groups; the entities no group owns form a last row.
 *
 * @public
 */
export function RollupHeatmap(props: RollupHeatmapProps) {
  const { rows, domains, levels, selectedGroupRef, onSelectGroup } = props;
  const { unowned, unownedSelected, onSelectUnowned } = props;
  const classes = useStyles();
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const refs = new Set(rows.map(r => r.groupRef));
  const roots = rows.filter(r => !r.parentRef || !refs.has(r.parentRef));
  const childrenOf = new Map<string, GroupRollupRow[]>();
  for (const row of rows) {
    if (row.parentRef && refs.has(row.parentRef)) {
      const list = childrenOf.get(row.parentRef) ?? [];
      list.push(row);
      childrenOf.set(row.parentRef, list);
    }
  }

  const toggle = (groupRef: string) =>
    setExpanded(current => {
      const next = new Set(current);
      if (next.has(groupRef)) next.delete(groupRef);
      else next.add(groupRef);
      return next;
    });

  const cell = (aggregate: LevelAggregate | undefined, label: string) => {
    const average =
      aggregate && aggregate.entityCount > 0 ? aggregate.averageLevel : null;
    const colours = levelColours(average);
    return (
      <td
        className={classes.cell}
        style={{ backgroundColor: colours.background, color: colours.text }}
        title={
          average === null
            ? t('rollupHeatmap.cellNoEntities', { label })
            : t('rollupHeatmap.cell', {
                label,
                average: formatAverage(average, language),
                level: levelLabel(Math.floor(average), levels, i18n),
                count: aggregate!.entityCount,
              })
        }
      >
        {average === null ? (
          <>
            <span aria-hidden="true">–</span>
            <VisuallyHidden>{t('rollupHeatmap.noEntities')}</VisuallyHidden>
          </>
        ) : (
          <>
            {formatAverage(average, language)}
            <span className={classes.count}>
              <VisuallyHidden>{t('rollupHeatmap.averageOver')}</VisuallyHidden>
              {t('rollupHeatmap.count', { count: aggregate!.entityCount })}
            </span>
          </>
        )}
      </td>
    );
  };

  const aggregateCells = (row: UnownedRollup, name: string) => (
    <>
      <td className={classes.cell}>{row.entityCount}</td>
      {cell(row.overall, t('rollupHeatmap.groupOverall', { group: name }))}
      {domains.map(domain => (
        <Fragment key={domain.id}>
          {cell(
            row.domains[domain.id],
            t('rollupHeatmap.groupDomain', {
              group: name,
              domain: domain.title,
            }),
          )}
        </Fragment>
      ))}
    </>
  );

  const renderUnownedRow = (row: UnownedRollup) => {
    const name = t('rollupHeatmap.unowned');
    return (
      <tr className={unownedSelected ? classes.selected : undefined}>
        <th
          scope="row"
          className={`${classes.groupCell} ${classes.unowned}`}
          title={t('rollupHeatmap.unownedHint')}
        >
          <span style={{ display: 'inline-block', width: 30 }} />
          {onSelectUnowned ? (
            <Button
              size="small"
              onClick={onSelectUnowned}
              aria-pressed={Boolean(unownedSelected)}
              aria-label={t('rollupHeatmap.drillInto', { group: name })}
            >
              {name}
            </Button>
          ) : (
            name
          )}
        </th>
        {aggregateCells(row, name)}
      </tr>
    );
  };

  const renderRow = (row: GroupRollupRow, depth: number) => {
    const children = childrenOf.get(row.groupRef) ?? [];
    const isOpen = expanded.has(row.groupRef);
    const name = groupName(row);
    return (
      <Fragment key={row.groupRef}>
        <tr
          className={
            row.groupRef === selectedGroupRef ? classes.selected : undefined
          }
        >
          <th
            scope="row"
            className={classes.groupCell}
            style={{ paddingLeft: 8 + depth * 24 }}
          >
            {children.length > 0 ? (
              <IconButton
                size="small"
                onClick={() => toggle(row.groupRef)}
                aria-expanded={isOpen}
                aria-label={
                  isOpen
                    ? t('rollupHeatmap.collapse', { group: name })
                    : t('rollupHeatmap.expand', { group: name })
                }
              >
                {isOpen ? <ExpandMoreIcon /> : <ChevronRightIcon />}
              </IconButton>
            ) : (
              <span style={{ display: 'inline-block', width: 30 }} />
            )}
            {onSelectGroup ? (
              <Button
                size="small"
                onClick={() => onSelectGroup(row.groupRef)}
                aria-pressed={row.groupRef === selectedGroupRef}
                aria-label={t('rollupHeatmap.drillInto', { group: name })}
              >
                {name}
              </Button>
            ) : (
              name
            )}
          </th>
          {aggregateCells(row, name)}
        </tr>
        {isOpen && children.map(child => renderRow(child, depth + 1))}
      </Fragment>
    );
  };

  return (
    <div className={classes.wrapper}>
      <table className={classes.table}>
        <caption>
          <VisuallyHidden>
            {props.caption ?? t('rollupHeatmap.caption')}
          </VisuallyHidden>
        </caption>
        <thead>
          <tr>
            <th
              scope="col"
              className={`${classes.header} ${classes.groupCell}`}
            >
              {t('rollupHeatmap.group')}
            </th>
            <th scope="col" className={classes.header}>
              {t('common.entities')}
            </th>
            <th scope="col" className={classes.header}>
              {t('common.overall')}
            </th>
            {domains.map(domain => (
              <th key={domain.id} scope="col" className={classes.header}>
                {domain.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {roots.map(root => renderRow(root, 0))}
          {unowned && unowned.entityCount > 0 && renderUnownedRow(unowned)}
        </tbody>
      </table>
    </div>
  );
}
