import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import type { LevelAggregate, MaturityLevelDefinition } from '../../api/types';
import {
  DISTRIBUTION_LEVELS,
  formatAverage,
  levelColours,
  levelLabel,
} from '../../lib/levels';
import { useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  number: { whiteSpace: 'nowrap' },
  domain: { minWidth: 170 },
  bar: {
    display: 'flex',
    height: 14,
    minWidth: 80,
    borderRadius: 3,
    overflow: 'hidden',
    backgroundColor: theme.palette.action.hover,
  },
}));

/**
 * Props of {@link LevelDistribution}.
 *
 * @public
 */
export interface LevelDistributionProps {
  /** The overall aggregate, shown as the first row when given. */
  overall?: LevelAggregate;
  /** Aggregates per domain id. */
  aggregates: Record<string, LevelAggregate>;
  /** The domains in display order. */
  domains: Array<{ id: string; title: string }>;
  levels?: MaturityLevelDefinition[];
}

/**
 * How many entities sit at each level 0..5, per domain, with the average
 * level and a stacked bar (the counts are in the table as text).
 *
 * @public
 */
export function LevelDistribution(props: LevelDistributionProps) {
  const { overall, aggregates, domains, levels } = props;
  const classes = useStyles();
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const rows = [
    ...(overall
      ? [{ id: '__overall', title: t('common.overall'), aggregate: overall }]
      : []),
    ...domains.map(d => ({
      id: d.id,
      title: d.title,
      aggregate: aggregates[d.id],
    })),
  ];
  return (
    <Table size="small" aria-label={t('levelDistribution.aria')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('common.domain')}</TableCell>
          <TableCell align="right" className={classes.number}>
            {t('common.entities')}
          </TableCell>
          <TableCell align="right" className={classes.number}>
            {t('levelDistribution.average')}
          </TableCell>
          {DISTRIBUTION_LEVELS.map(level => (
            <TableCell
              key={level}
              align="right"
              className={classes.number}
              title={levelLabel(level, levels, i18n)}
            >
              {t('level.short', { level })}
            </TableCell>
          ))}
          <TableCell>
            <span aria-hidden="true">
              {t('levelDistribution.distribution')}
            </span>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ id, title, aggregate }) => {
          const count = aggregate?.entityCount ?? 0;
          return (
            <TableRow key={id}>
              <TableCell
                component="th"
                scope="row"
                role="rowheader"
                className={classes.domain}
              >
                {title}
              </TableCell>
              <TableCell align="right" className={classes.number}>
                {count}
              </TableCell>
              <TableCell align="right" className={classes.number}>
                {formatAverage(aggregate?.averageLevel, language)}
              </TableCell>
              {DISTRIBUTION_LEVELS.map(level => (
                <TableCell key={level} align="right" className={classes.number}>
                  {aggregate?.distribution[String(level)] ?? 0}
                </TableCell>
              ))}
              <TableCell>
                <div className={classes.bar} aria-hidden="true">
                  {count > 0 &&
                    DISTRIBUTION_LEVELS.map(level => {
                      const n = aggregate?.distribution[String(level)] ?? 0;
                      return n ? (
                        <div
                          key={level}
                          style={{
                            width: `${(n / count) * 100}%`,
                            backgroundColor: levelColours(level).background,
                          }}
                        />
                      ) : null;
                    })}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
