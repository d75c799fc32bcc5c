import { MarkdownContent } from '@backstage/core-components';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useId } from 'react';
import type { IndicatorValue } from '../../api/types';
import {
  formatIndicatorTarget,
  formatIndicatorValue,
  indicatorCounts,
  indicatorHistoryDescription,
  indicatorStatus,
} from '../../lib/indicators';
import { IndicatorSparkline } from './IndicatorSparkline';
import { IndicatorStatusChip } from './IndicatorStatusChip';
import { useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: { height: '100%' },
  target: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  description: {
    color: theme.palette.text.secondary,
    fontSize: theme.typography.body2.fontSize,
    '& p': { margin: 0 },
  },
}));

/**
 * Props of {@link IndicatorTile}.
 *
 * @public
 */
export interface IndicatorTileProps {
  indicator: IndicatorValue;
}

/**
 * One indicator (KPI): its value with unit, the target, whether it is met,
 * how many entities have data, a sparkline of its daily values against the
 * target, and its description. An `article` named by the indicator title.
 *
 * @public
 */
export function IndicatorTile(props: IndicatorTileProps) {
  const { indicator } = props;
  const classes = useStyles();
  const titleId = useId();
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const history = indicatorHistoryDescription(indicator, i18n);
  return (
    <Card
      variant="outlined"
      component="article"
      aria-labelledby={titleId}
      className={classes.root}
      data-testid={`maturity-indicator-${indicator.id}`}
    >
      <CardContent>
        <Typography variant="subtitle1" component="h3" id={titleId}>
          {indicator.title}
        </Typography>
        <Typography
          variant="h4"
          component="p"
          data-testid="maturity-indicator-value"
        >
          {indicator.value === null
            ? indicatorStatus(null, i18n)
            : formatIndicatorValue(indicator.value, indicator.unit, i18n)}
        </Typography>
        <div className={classes.target}>
          <Typography variant="body2" data-testid="maturity-indicator-target">
            {formatIndicatorTarget(indicator, i18n)}
          </Typography>
          {indicator.met !== null && (
            <IndicatorStatusChip met={indicator.met} />
          )}
        </div>
        {history ? (
          <IndicatorSparkline
            history={indicator.history}
            target={indicator.target}
            unit={indicator.unit}
            description={history}
          />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('indicators.noHistory', { title: indicator.title })}
          </Typography>
        )}
        <Typography
          variant="caption"
          component="p"
          color="textSecondary"
          data-testid="maturity-indicator-counts"
        >
          {indicatorCounts(indicator, i18n)}
        </Typography>
        {indicator.description && (
          <MarkdownContent
            className={classes.description}
            content={indicator.description}
          />
        )}
        {indicator.reference && (
          <Typography variant="caption" component="p" color="textSecondary">
            {t('indicators.reference', { reference: indicator.reference })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
