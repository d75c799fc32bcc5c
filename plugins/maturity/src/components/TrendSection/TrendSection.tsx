import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api/MaturityApi';
import { OVERALL_SERIES, trendRows } from '../../lib/history';
import { formatAverage } from '../../lib/levels';
import { daysAgo, formatDate } from '../../lib/time';
import { LevelLineChart } from '../LevelLineChart';
import { useMaturityTranslation } from '../../translation';

const WINDOWS = [30, 90, 365];

/**
 * Props of {@link TrendSection}.
 *
 * @public
 */
export interface TrendSectionProps {
  modelId?: string;
  /** One group's trend; the whole org (all groups) when absent. */
  groupRef?: string;
  /** The groups drawn as lines, with their names. */
  groups: Array<{ groupRef: string; title: string }>;
  /** Add a line averaging the groups weighted by entity count. */
  showOverall?: boolean;
  /** The domains to choose from; overall when none is chosen. */
  domains: Array<{ id: string; title: string }>;
  /** Preselected domain (overall when absent). */
  domainId?: string;
}

/**
 * Average levels over time from the daily rollup snapshots, for one group or
 * the organisation, overall or for one domain.
 *
 * @public
 */
export function TrendSection(props: TrendSectionProps) {
  const { modelId, groupRef, groups, showOverall, domains } = props;
  const api = useApi(maturityApiRef);
  const [days, setDays] = useState(90);
  const { t, language } = useMaturityTranslation();
  const [domain, setDomain] = useState(props.domainId ?? '');
  const { value, loading, error } = useAsync(
    () =>
      api.getRollupTrend({
        model: modelId,
        group: groupRef,
        domain: domain || undefined,
        from: daysAgo(days),
      }),
    [api, modelId, groupRef, domain, days],
  );

  const series = [
    ...(showOverall
      ? [{ key: OVERALL_SERIES, name: t('trendSection.organisation') }]
      : []),
    ...groups.map(g => ({ key: g.groupRef, name: g.title })),
  ];
  const rows = value
    ? trendRows(
        value.items,
        groups.map(g => g.groupRef),
      )
    : [];
  const domainTitle =
    domains.find(d => d.id === domain)?.title ?? t('common.overall');
  const day = (time: number) =>
    formatDate(new Date(time).toISOString(), language);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const mainKey = showOverall ? OVERALL_SERIES : groups[0]?.groupRef;

  return (
    <div>
      <Box display="flex" style={{ gap: 16 }} flexWrap="wrap" mb={1}>
        <FormControl variant="outlined" size="small" style={{ minWidth: 200 }}>
          <InputLabel id="maturity-trend-domain">
            {t('common.domain')}
          </InputLabel>
          <Select
            labelId="maturity-trend-domain"
            id="maturity-trend-domain-select"
            label={t('common.domain')}
            value={domain || OVERALL_SERIES}
            onChange={e => {
              const next = e.target.value as string;
              setDomain(next === OVERALL_SERIES ? '' : next);
            }}
          >
            <MenuItem value={OVERALL_SERIES}>{t('common.overall')}</MenuItem>
            {domains.map(d => (
              <MenuItem key={d.id} value={d.id}>
                {d.title}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl variant="outlined" size="small" style={{ minWidth: 140 }}>
          <InputLabel id="maturity-trend-window">
            {t('trendSection.period')}
          </InputLabel>
          <Select
            labelId="maturity-trend-window"
            id="maturity-trend-window-select"
            label={t('trendSection.period')}
            value={days}
            onChange={e => setDays(Number(e.target.value))}
          >
            {WINDOWS.map(w => (
              <MenuItem key={w} value={w}>
                {t('trendSection.lastDays', { count: w })}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {!loading && !error && rows.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('trendSection.empty')}
        </Typography>
      )}
      {!loading && !error && rows.length > 0 && (
        <>
          <LevelLineChart
            rows={rows}
            series={series}
            description={t('trendSection.description', {
              domain: domainTitle,
              from: day(first.time),
              to: day(last.time),
            })}
          />
          {mainKey && (
            <Typography variant="body2" color="textSecondary">
              {t('trendSection.summary', {
                domain: domainTitle,
                first: formatAverage(first[mainKey], language),
                from: day(first.time),
                last: formatAverage(last[mainKey], language),
                to: day(last.time),
              })}
            </Typography>
          )}
        </>
      )}
    </div>
  );
}
