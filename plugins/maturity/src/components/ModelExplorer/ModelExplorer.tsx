import {
  EmptyState,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api/MaturityApi';
import type {
  MaturityCheck,
  MaturityDomain,
  MaturityLevelDefinition,
} from '../../api/types';
import { useModelSummary } from '../../hooks/useModelSummary';
import { sortDomains } from '../../lib/domains';
import { LADDER_LEVELS, levelLabel } from '../../lib/levels';
import { ModelCheck } from '../ModelCheck';
import { useMaturityTranslation } from '../../translation';

function matches(check: MaturityCheck, level: number | '', query: string) {
  if (level !== '' && check.level !== level) return false;
  if (!query) return true;
  const text = `${check.id} ${check.title} ${check.reference ?? ''} ${
    check.description ?? ''
  }`.toLocaleLowerCase();
  return text.includes(query.toLocaleLowerCase());
}

function DomainPanel(props: {
  domain: MaturityDomain;
  level: number | '';
  query: string;
  levels: MaturityLevelDefinition[];
}) {
  const { domain, level, query } = props;
  const capabilities = domain.capabilities
    .map(c => ({
      ...c,
      checks: c.checks.filter(ch => matches(ch, level, query)),
    }))
    .filter(c => c.checks.length > 0);
  const count = capabilities.reduce((n, c) => n + c.checks.length, 0);
  const { t } = useMaturityTranslation();
  const filtering = level !== '' || query !== '';
  if (filtering && count === 0) return null;
  return (
    <Accordion TransitionProps={{ unmountOnExit: true }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <div>
          <Typography variant="h6" component="h3">
            {domain.title}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {[
              domain.part,
              t('modelExplorer.capabilities', {
                count: domain.capabilities.length,
              }),
              filtering
                ? t('modelExplorer.checksMatching', { count })
                : t('modelExplorer.checks', { count }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
        </div>
      </AccordionSummary>
      <AccordionDetails style={{ display: 'block' }}>
        {domain.description && <MarkdownContent content={domain.description} />}
        {capabilities.map(capability => (
          <Box key={capability.id} mt={2}>
            <Typography variant="subtitle1" component="h4">
              {capability.title}
            </Typography>
            {capability.description && (
              <Typography variant="body2" color="textSecondary">
                {capability.description}
              </Typography>
            )}
            {[...capability.checks]
              .sort((a, b) => a.level - b.level)
              .map(check => (
                <ModelCheck
                  key={check.id}
                  check={check}
                  levels={props.levels}
                />
              ))}
          </Box>
        ))}
      </AccordionDetails>
    </Accordion>
  );
}

/**
 * Browses a maturity model: its levels, domains, capabilities and checks
 * with their levels, rules or attestations, remediation and CAICT
 * references; filters by level and text.
 *
 * @public
 */
export function ModelExplorer() {
  const api = useApi(maturityApiRef);
  const [modelId, setModelId] = useState('');
  const [level, setLevel] = useState<number | ''>('');
  const [query, setQuery] = useState('');
  const summary = useModelSummary(modelId || undefined);
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const id = summary.model?.id;
  const {
    value: model,
    loading,
    error,
  } = useAsync(
    async () => (id ? api.getModel(id) : undefined),
    [api, id, language],
  );
  const domains = useMemo(
    () => (model ? sortDomains(model.domains, d => d) : []),
    [model],
  );

  if (summary.loading || loading) return <Progress />;
  const failure = summary.error ?? error;
  if (failure)
    return (
      <ResponseErrorPanel
        error={failure}
        title={t('modelExplorer.loadError')}
      />
    );
  if (!model) {
    return (
      <EmptyState
        missing="data"
        title={t('common.noMaturityModelTitle')}
        description={t('common.noMaturityModelDescription')}
      />
    );
  }

  return (
    <div>
      <Box display="flex" flexWrap="wrap" style={{ gap: 16 }} mb={2}>
        <FormControl variant="outlined" size="small" style={{ minWidth: 240 }}>
          <InputLabel id="maturity-explorer-model">
            {t('modelExplorer.model')}
          </InputLabel>
          <Select
            labelId="maturity-explorer-model"
            id="maturity-explorer-model-select"
            label={t('modelExplorer.model')}
            value={model.id}
            onChange={e => setModelId(e.target.value as string)}
          >
            {(summary.models?.items ?? []).map(m => (
              <MenuItem key={m.id} value={m.id}>
                {m.title}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl variant="outlined" size="small" style={{ minWidth: 200 }}>
          <InputLabel id="maturity-explorer-level">
            {t('modelExplorer.level')}
          </InputLabel>
          <Select
            labelId="maturity-explorer-level"
            id="maturity-explorer-level-select"
            label={t('modelExplorer.level')}
            value={level === '' ? 'all' : level}
            onChange={e =>
              setLevel(e.target.value === 'all' ? '' : Number(e.target.value))
            }
          >
            <MenuItem value="all">{t('modelExplorer.allLevels')}</MenuItem>
            {LADDER_LEVELS.map(l => (
              <MenuItem key={l} value={l}>
                {levelLabel(l, model.levels, i18n)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <TextField
          id="maturity-explorer-search"
          label={t('modelExplorer.search')}
          variant="outlined"
          size="small"
          value={query}
          onChange={e => setQuery(e.target.value)}
        />
      </Box>
      <Typography variant="h5" component="h2">
        {model.title}{' '}
        <Typography component="span" color="textSecondary">
          {t('modelExplorer.version', { version: model.version })}
        </Typography>
      </Typography>
      {model.description && <MarkdownContent content={model.description} />}
      <Typography variant="h6" component="h3">
        {t('modelExplorer.levels')}
      </Typography>
      <ol aria-label={t('modelExplorer.levels')}>
        {model.levels.map(l => (
          <li key={l.level}>
            <strong>{levelLabel(l.level, model.levels, i18n)}</strong>
            {l.description ? ` — ${l.description}` : ''}
          </li>
        ))}
      </ol>
      <Typography variant="h6" component="h3" gutterBottom>
        {t('modelExplorer.domains')}
      </Typography>
      {(level !== '' || query !== '') &&
        !domains.some(d =>
          d.capabilities.some(c =>
            c.checks.some(ch => matches(ch, level, query)),
          ),
        ) && (
          <Typography variant="body2" color="textSecondary">
            {t('modelExplorer.noMatch')}
          </Typography>
        )}
      {domains.map(domain => (
        <DomainPanel
          key={domain.id}
          domain={domain}
          level={level}
          query={query}
          levels={model.levels}
        />
      ))}
    </div>
  );
}
