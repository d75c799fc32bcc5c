import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormHelperText from '@material-ui/core/FormHelperText';
import IconButton from '@material-ui/core/IconButton';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import {
  CampaignFormErrors,
  CampaignFormValues,
  DomainTitle,
  OVERALL,
  targetField,
} from '../../lib/campaigns';
import { useMaturityTranslation } from '../../translation';

type Targets = CampaignFormValues['targets'];

/** Props of {@link CampaignTargetsField}. */
export interface CampaignTargetsFieldProps {
  targets: Targets;
  domains: DomainTitle[];
  errors: CampaignFormErrors;
  onChange: (targets: Targets) => void;
}

/** The target rows of the campaign dialog: a domain (or overall) and a level each. */
export function CampaignTargetsField(props: CampaignTargetsFieldProps) {
  const { targets, domains, errors, onChange } = props;
  const { t } = useMaturityTranslation();
  const update = (index: number, change: Partial<Targets[number]>) =>
    onChange(
      targets.map((row, i) => (i === index ? { ...row, ...change } : row)),
    );

  return (
    <Box mt={2} component="fieldset" border={0} p={0} m={0}>
      <Typography component="legend" variant="subtitle2">
        {t('campaignDialog.targets')}
      </Typography>
      {targets.map((row, i) => {
        const n = i + 1;
        return (
          <Box
            key={i}
            display="flex"
            alignItems="flex-start"
            style={{ gap: 8 }}
          >
            <TextField
              id={`campaign-target-${i}-domain`}
              select
              label={t('campaignDialog.targetDomain', { n })}
              value={row.domain}
              onChange={e => update(i, { domain: e.target.value })}
              margin="dense"
              style={{ flex: 2 }}
              error={Boolean(errors[targetField(i, 'domain')])}
              helperText={errors[targetField(i, 'domain')]}
            >
              <MenuItem value={OVERALL}>{t('common.overall')}</MenuItem>
              {domains.map(d => (
                <MenuItem key={d.id} value={d.id}>
                  {d.title}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              id={`campaign-target-${i}-level`}
              select
              label={t('campaignDialog.targetLevel', { n })}
              value={row.level}
              onChange={e => update(i, { level: e.target.value })}
              margin="dense"
              style={{ flex: 1 }}
              error={Boolean(errors[targetField(i, 'level')])}
              helperText={errors[targetField(i, 'level')]}
            >
              {[1, 2, 3, 4, 5].map(level => (
                <MenuItem key={level} value={String(level)}>
                  {t('level.short', { level })}
                </MenuItem>
              ))}
            </TextField>
            <IconButton
              aria-label={t('campaignDialog.removeTarget', { n })}
              onClick={() => onChange(targets.filter((_row, j) => j !== i))}
              disabled={targets.length === 1}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      {errors.targets && (
        <FormHelperText error>{errors.targets}</FormHelperText>
      )}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() => {
          const used = new Set(targets.map(row => row.domain));
          const free = [OVERALL, ...domains.map(d => d.id)].find(
            id => !used.has(id),
          );
          onChange([...targets, { domain: free ?? '', level: '3' }]);
        }}
      >
        {t('campaignDialog.addTarget')}
      </Button>
    </Box>
  );
}
