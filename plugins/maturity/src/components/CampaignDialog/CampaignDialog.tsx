import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { describePredicate } from '@devops-maturity/plugin-maturity-common';
import { useEffect, useState } from 'react';
import { maturityApiRef } from '../../api/MaturityApi';
import type { Campaign } from '../../api/campaignTypes';
import type { ModelSummary } from '../../api/types';
import {
  campaignToForm,
  CampaignFormErrors,
  CampaignFormValues,
  emptyCampaignForm,
  formToInput,
  serverErrorField,
  validateCampaignForm,
} from '../../lib/campaigns';
import { errorMessage } from '../../lib/errors';
import { sortDomains } from '../../lib/domains';
import { EntityRefInput } from '../EntityRefInput';
import { FormDialog } from '../FormDialog';
import { CampaignTargetsField } from './CampaignTargetsField';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link CampaignDialog}. */
export interface CampaignDialogProps {
  open: boolean;
  /** The campaign to edit; a new campaign when absent. */
  campaign?: Campaign;
  models: ModelSummary[];
  defaultModelId?: string;
  onClose: () => void;
  /** Called with the saved campaign before the dialog closes. */
  onSaved: (campaign: Campaign) => void;
}

/** Whether an error is a backend 400 (an InputError naming a field). */
function isInputError(error: unknown): boolean {
  return (error as { statusCode?: number })?.statusCode === 400;
}

/**
 * The dialog creating or editing a campaign: title, description, owner,
 * model, targets, scope (groups and simple filters), dates and state. It
 * validates as the server does and shows the server's field errors on their
 * field, other errors in the dialog.
 */
export function CampaignDialog(props: CampaignDialogProps) {
  const { open, campaign, models, defaultModelId, onClose, onSaved } = props;
  const api = useApi(maturityApiRef);
  const alertApi = useApi(alertApiRef);
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const initial = () =>
    campaign
      ? campaignToForm(campaign)
      : emptyCampaignForm(defaultModelId ?? models[0]?.id ?? '');
  const [values, setValues] = useState<CampaignFormValues>(initial);
  const [errors, setErrors] = useState<CampaignFormErrors>({});
  const [validated, setValidated] = useState(false);

  useEffect(() => {
    if (open) {
      setValues(initial());
      setErrors({});
      setValidated(false);
    }
    // Reset only when the dialog opens or another campaign is edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, campaign?.id]);

  // The models may arrive after the dialog opened: pick the default then.
  const fallbackModelId = defaultModelId ?? models[0]?.id;
  useEffect(() => {
    if (!values.modelId && fallbackModelId) {
      setValues(current => ({ ...current, modelId: fallbackModelId }));
    }
  }, [values.modelId, fallbackModelId]);

  const change = (next: Partial<CampaignFormValues>) => {
    const merged = { ...values, ...next };
    setValues(merged);
    if (validated) setErrors(validateCampaignForm(merged, i18n));
  };
  const model = models.find(m => m.id === values.modelId);
  const domains = model ? sortDomains(model.domains, d => d) : [];

  const submit = async () => {
    const found = validateCampaignForm(values, i18n);
    setValidated(true);
    setErrors(found);
    if (Object.keys(found).length > 0) return false;
    const input = formToInput(values);
    try {
      const result = campaign
        ? await api.updateCampaign(campaign.id, input)
        : await api.createCampaign(input);
      alertApi.post({
        message: t(
          campaign ? 'campaignDialog.updated' : 'campaignDialog.created',
          {
            title: result.campaign.title,
          },
        ),
        severity: 'success',
        display: 'transient',
      });
      for (const warning of result.warnings ?? []) {
        alertApi.post({ message: warning, severity: 'warning' });
      }
      onSaved(result.campaign);
      return true;
    } catch (e) {
      const message = errorMessage(e);
      const field = isInputError(e) ? serverErrorField(message) : undefined;
      if (!field) throw e;
      setErrors({ [field]: message });
      return false;
    }
  };

  const text = (
    field: keyof CampaignFormValues & string,
    label: string,
    options: { hint?: string; required?: boolean; type?: string } = {},
  ) => (
    <TextField
      id={`campaign-${field}`}
      label={label}
      value={values[field] as string}
      onChange={e => change({ [field]: e.target.value })}
      fullWidth
      margin="dense"
      required={options.required}
      type={options.type}
      InputLabelProps={options.type ? { shrink: true } : undefined}
      error={Boolean(errors[field])}
      helperText={errors[field] ?? options.hint}
    />
  );

  return (
    <FormDialog
      open={open}
      titleId="maturity-campaign-dialog-title"
      title={
        campaign ? t('campaignDialog.editTitle') : t('campaignDialog.newTitle')
      }
      description={t('campaignDialog.description')}
      submitLabel={
        campaign ? t('campaignDialog.save') : t('campaignDialog.create')
      }
      submittingLabel={t('campaignDialog.saving')}
      onClose={onClose}
      onSubmit={submit}
    >
      {text('title', t('campaignDialog.title'), { required: true })}
      <TextField
        id="campaign-description"
        label={t('campaignDialog.descriptionField')}
        value={values.description}
        onChange={e => change({ description: e.target.value })}
        fullWidth
        margin="dense"
        multiline
        minRows={3}
        error={Boolean(errors.description)}
        helperText={errors.description ?? t('campaignDialog.descriptionHint')}
      />
      <EntityRefInput
        id="campaign-owner"
        label={t('campaignDialog.owner')}
        kind="Group"
        value={values.owner}
        onChange={owner => change({ owner })}
        required
        error={errors.owner}
        hint={t('campaignDialog.ownerHint')}
      />
      <TextField
        id="campaign-model"
        select
        label={t('campaignDialog.model')}
        value={values.modelId}
        onChange={e => change({ modelId: e.target.value })}
        fullWidth
        margin="dense"
        required
        error={Boolean(errors.modelId)}
        helperText={errors.modelId}
      >
        {models.map(m => (
          <MenuItem key={m.id} value={m.id}>
            {m.title}
          </MenuItem>
        ))}
      </TextField>
      <CampaignTargetsField
        targets={values.targets}
        domains={domains}
        errors={errors}
        onChange={targets => change({ targets })}
      />
      <EntityRefInput
        id="campaign-groups"
        label={t('campaignDialog.groups')}
        kind="Group"
        multiple
        value={values.groups}
        onChange={groups => change({ groups })}
        error={errors.groups}
        hint={t('campaignDialog.groupsHint')}
      />
      {values.advancedFilter ? (
        <Alert severity="info">
          {t('campaignDialog.advancedFilter', {
            filter: describePredicate(values.advancedFilter),
          })}
        </Alert>
      ) : (
        <Grid container spacing={1}>
          <Grid item xs={6}>
            {text('kinds', t('campaignDialog.kinds'), {
              hint: t('campaignDialog.listHint'),
            })}
          </Grid>
          <Grid item xs={6}>
            {text('types', t('campaignDialog.types'))}
          </Grid>
          <Grid item xs={6}>
            {text('lifecycles', t('campaignDialog.lifecycles'))}
          </Grid>
          <Grid item xs={6}>
            {text('tags', t('campaignDialog.tags'))}
          </Grid>
        </Grid>
      )}
      <Grid container spacing={1}>
        <Grid item xs={6}>
          {text('startDate', t('campaignDialog.startDate'), {
            required: true,
            type: 'date',
          })}
        </Grid>
        <Grid item xs={6}>
          {text('targetDate', t('campaignDialog.targetDate'), {
            required: true,
            type: 'date',
          })}
        </Grid>
      </Grid>
      <TextField
        id="campaign-state"
        select
        label={t('campaignDialog.state')}
        value={values.state}
        onChange={e =>
          change({ state: e.target.value as CampaignFormValues['state'] })
        }
        fullWidth
        margin="dense"
        error={Boolean(errors.state)}
        helperText={errors.state}
      >
        <MenuItem value="draft">{t('campaigns.state.draft')}</MenuItem>
        <MenuItem value="active">{t('campaigns.state.active')}</MenuItem>
        {campaign && (
          <MenuItem value="completed">
            {t('campaigns.state.completed')}
          </MenuItem>
        )}
      </TextField>
    </FormDialog>
  );
}
