import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';
import type { ModelSummary } from '../../api/types';
import { MaturityMessageKey, useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  control: { minWidth: 180 },
}));

/**
 * The filter values of the org dashboard; empty strings mean "all".
 *
 * @public
 */
export interface MaturityFilterValues {
  modelId: string;
  kind: string;
  lifecycle: string;
  domainId: string;
}

/**
 * Props of {@link MaturityFilters}.
 *
 * @public
 */
export interface MaturityFiltersProps {
  values: MaturityFilterValues;
  onChange: (values: MaturityFilterValues) => void;
  models: ModelSummary[];
  domains: Array<{ id: string; title: string }>;
  kinds?: string[];
  lifecycles?: string[];
}

/** The value of the "all" option (Select shows nothing for an empty value). */
const ALL = '__all';

const DEFAULT_KINDS = ['component', 'system'];
const DEFAULT_LIFECYCLES = ['production', 'experimental', 'deprecated'];

const KIND_LABELS: Record<string, MaturityMessageKey> = {
  component: 'maturityFilters.kindComponent',
  system: 'maturityFilters.kindSystem',
};

const LIFECYCLE_LABELS: Record<string, MaturityMessageKey> = {
  production: 'maturityFilters.lifecycleProduction',
  experimental: 'maturityFilters.lifecycleExperimental',
  deprecated: 'maturityFilters.lifecycleDeprecated',
};

function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  allLabel?: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
  className: string;
}) {
  const { id, label, value, allLabel, options, onChange, className } = props;
  return (
    <FormControl variant="outlined" size="small" className={className}>
      <InputLabel id={id}>{label}</InputLabel>
      <Select
        labelId={id}
        id={`${id}-select`}
        label={label}
        value={value || ALL}
        onChange={e => {
          const next = e.target.value as string;
          onChange(next === ALL ? '' : next);
        }}
      >
        {allLabel !== undefined && <MenuItem value={ALL}>{allLabel}</MenuItem>}
        {options.map(o => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/**
 * Model, kind, lifecycle and domain filters of the org dashboard.
 *
 * @public
 */
export function MaturityFilters(props: MaturityFiltersProps) {
  const { values, onChange, models, domains } = props;
  const classes = useStyles();
  const { t } = useMaturityTranslation();
  const set = (patch: Partial<MaturityFilterValues>) =>
    onChange({ ...values, ...patch });
  return (
    <div
      className={classes.root}
      role="group"
      aria-label={t('maturityFilters.aria')}
    >
      <FilterSelect
        id="maturity-filter-model"
        label={t('maturityFilters.model')}
        value={values.modelId}
        options={models.map(m => ({ value: m.id, label: m.title }))}
        onChange={modelId => set({ modelId, domainId: '' })}
        className={classes.control}
      />
      <FilterSelect
        id="maturity-filter-kind"
        label={t('maturityFilters.kind')}
        value={values.kind}
        allLabel={t('maturityFilters.allKinds')}
        options={(props.kinds ?? DEFAULT_KINDS).map(k => ({
          value: k,
          label: KIND_LABELS[k]
            ? t(KIND_LABELS[k])
            : k[0].toLocaleUpperCase('en-US') + k.slice(1),
        }))}
        onChange={kind => set({ kind })}
        className={classes.control}
      />
      <FilterSelect
        id="maturity-filter-lifecycle"
        label={t('maturityFilters.lifecycle')}
        value={values.lifecycle}
        allLabel={t('maturityFilters.allLifecycles')}
        options={(props.lifecycles ?? DEFAULT_LIFECYCLES).map(l => ({
          value: l,
          label: LIFECYCLE_LABELS[l] ? t(LIFECYCLE_LABELS[l]) : l,
        }))}
        onChange={lifecycle => set({ lifecycle })}
        className={classes.control}
      />
      <FilterSelect
        id="maturity-filter-domain"
        label={t('common.domain')}
        value={values.domainId}
        allLabel={t('maturityFilters.allDomains')}
        options={domains.map(d => ({ value: d.id, label: d.title }))}
        onChange={domainId => set({ domainId })}
        className={classes.control}
      />
    </div>
  );
}
