import Chip from '@material-ui/core/Chip';
import WarningIcon from '@material-ui/icons/Warning';
import type { CampaignState } from '../../api/campaignTypes';
import { useMaturityTranslation } from '../../translation';

/** A chip of a campaign's state (draft, active, completed, archived). */
export function CampaignStateChip(props: { state: CampaignState }) {
  const { t } = useMaturityTranslation();
  return (
    <Chip
      size="small"
      label={t(`campaigns.state.${props.state}`)}
      color={props.state === 'active' ? 'primary' : 'default'}
      variant={props.state === 'active' ? 'default' : 'outlined'}
    />
  );
}

/** The "At risk" badge of a campaign projected to miss its target date. */
export function CampaignRiskChip() {
  const { t } = useMaturityTranslation();
  return (
    <Chip
      size="small"
      icon={<WarningIcon />}
      label={t('campaigns.atRisk')}
      color="secondary"
    />
  );
}
