import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import Typography from '@material-ui/core/Typography';
import { useMemo, useState } from 'react';
import type { MaturityLevelDefinition } from '../../api/types';
import type { EntityHistoryState } from '../../hooks/useEntityHistory';
import { PRIORITY_DOMAIN_IDS } from '../../lib/domains';
import { historyRows, OVERALL_SERIES } from '../../lib/history';
import { levelLabel } from '../../lib/levels';
import { formatDate } from '../../lib/time';
import { LevelLineChart } from '../LevelLineChart';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link HistorySection}.
 *
 * @public
 */
export interface HistorySectionProps {
  /** The entity's history (`useEntityHistory`). */
  history: EntityHistoryState;
  /** The domains in display order. */
  domains: Array<{ id: string; title: string }>;
  levels?: MaturityLevelDefinition[];
}

/**
 * An entity's level history: a step chart of the overall and domain levels
 * over time, and the latest changes as text.
 *
 * @public
 */
export function HistorySection(props: HistorySectionProps) {
  const { history, domains, levels } = props;
  const { value, loading, error } = history;
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const [selection, setSelection] = useState('priority');

  const names = useMemo(() => {
    const map = new Map<string, string>([
      [OVERALL_SERIES, t('common.overall')],
    ]);
    domains.forEach(d => map.set(d.id, d.title));
    return map;
  }, [domains, t]);

  const series = useMemo(() => {
    let keys: string[];
    if (selection === 'priority') {
      keys = [
        OVERALL_SERIES,
        ...domains
          .map(d => d.id)
          .filter(id => PRIORITY_DOMAIN_IDS.includes(id)),
      ];
    } else if (selection === 'all') {
      keys = [OVERALL_SERIES, ...domains.map(d => d.id)];
    } else {
      keys = [selection];
    }
    return keys.map(key => ({ key, name: names.get(key) ?? key }));
  }, [selection, domains, names]);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const items = value?.items ?? [];
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('historySection.empty')}
      </Typography>
    );
  }
  const rows = historyRows(
    items,
    series.map(s => s.key),
  );
  const recent = [...items]
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))
    .slice(0, 8);

  return (
    <div>
      <FormControl variant="outlined" size="small" style={{ minWidth: 260 }}>
        <InputLabel id="maturity-history-series">
          {t('historySection.show')}
        </InputLabel>
        <Select
          labelId="maturity-history-series"
          id="maturity-history-series-select"
          label={t('historySection.show')}
          value={selection}
          onChange={e => setSelection(e.target.value as string)}
        >
          <MenuItem value="priority">{t('historySection.priority')}</MenuItem>
          <MenuItem value="all">{t('historySection.all')}</MenuItem>
          {domains.map(d => (
            <MenuItem key={d.id} value={d.id}>
              {d.title}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      {rows.length > 0 ? (
        <LevelLineChart
          rows={rows}
          series={series}
          step
          description={t('historySection.description', {
            series: series.map(s => s.name).join(t('common.listSeparator')),
          })}
        />
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('historySection.noChanges')}
        </Typography>
      )}
      <Typography variant="subtitle2" component="h4">
        {t('historySection.latest')}
      </Typography>
      <List dense aria-label={t('historySection.latestAria')}>
        {recent.map(point => (
          <ListItem
            key={`${point.recordedAt}:${point.domainId ?? OVERALL_SERIES}`}
            disableGutters
          >
            <ListItemText
              primary={t('historySection.change', {
                series:
                  names.get(point.domainId ?? OVERALL_SERIES) ??
                  point.domainId ??
                  '',
                from:
                  point.previousLevel === null
                    ? t('historySection.none')
                    : levelLabel(point.previousLevel, levels, i18n),
                to: levelLabel(point.level, levels, i18n),
              })}
              secondary={formatDate(point.recordedAt, language)}
            />
          </ListItem>
        ))}
      </List>
    </div>
  );
}
