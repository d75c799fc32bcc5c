import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import type { ModelSummary } from '../../api/types';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link ReportDomainFilter}. */
export interface ReportDomainFilterProps {
  domains: ModelSummary['domains'];
  /** The selected domain ids; all domains when empty. */
  value: string[];
  onChange: (value: string[]) => void;
}

/** Selects the domains (CAICT parts) a report covers; none = all. */
export function ReportDomainFilter(props: ReportDomainFilterProps) {
  const { domains, value, onChange } = props;
  const { t } = useMaturityTranslation();
  const titleOf = (id: string) => domains.find(d => d.id === id)?.title ?? id;
  return (
    <FormControl size="small" style={{ minWidth: 260 }}>
      <InputLabel id="maturity-report-domains-label" shrink>
        {t('reportPage.domainFilter')}
      </InputLabel>
      <Select
        labelId="maturity-report-domains-label"
        id="maturity-report-domains"
        multiple
        displayEmpty
        value={value}
        onChange={e => onChange(e.target.value as string[])}
        renderValue={selected =>
          (selected as string[]).length === 0
            ? t('reportPage.allDomains')
            : (selected as string[])
                .map(titleOf)
                .join(t('common.listSeparator'))
        }
      >
        {domains.map(domain => (
          <MenuItem key={domain.id} value={domain.id}>
            {domain.part ? `${domain.title} (${domain.part})` : domain.title}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
