import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { reportPath, reportScopeOf } from '../../lib/reports';
import { useMaturityTranslation } from '../../translation';
import { EntityRefInput } from '../EntityRefInput';

/** Props of {@link ReportsTab}. */
export interface ReportsTabProps {
  /** The path of the `/maturity` page. */
  rootPath: string;
}

/**
 * The Reports tab of `/maturity`: picks a system or a group and opens its
 * assessment report.
 */
export function ReportsTab(props: ReportsTabProps) {
  const { rootPath } = props;
  const { t } = useMaturityTranslation();
  const navigate = useNavigate();
  const [ref, setRef] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scope = reportScopeOf(ref);
    if (!scope) {
      setError(t('reportsTab.invalid'));
      return;
    }
    navigate(reportPath(rootPath, scope));
  };

  return (
    <Box maxWidth={640}>
      <Typography variant="body1" paragraph>
        {t('reportsTab.intro')}
      </Typography>
      <form onSubmit={submit} noValidate>
        <EntityRefInput
          id="maturity-report-scope"
          label={t('reportsTab.scopeLabel')}
          value={ref}
          onChange={value => {
            setRef(value);
            setError(undefined);
          }}
          kind={['System', 'Group']}
          required
          error={error}
          hint={t('reportsTab.scopeHint')}
        />
        <Box mt={1}>
          <Button type="submit" variant="contained" color="primary">
            {t('reportsTab.open')}
          </Button>
        </Box>
      </form>
    </Box>
  );
}
