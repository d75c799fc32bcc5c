import Chip from '@material-ui/core/Chip';
import CancelIcon from '@material-ui/icons/Cancel';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import { indicatorStatus } from '../../lib/indicators';
import { useMaturityTranslation } from '../../translation';

const MET = { Icon: CheckCircleIcon, colour: '#2e7d32' };
const NOT_MET = { Icon: CancelIcon, colour: '#c62828' };

/**
 * Whether an indicator meets its target, as text with an icon (colour is
 * never the only cue).
 *
 * @public
 */
export function IndicatorStatusChip(props: { met: boolean }) {
  const { Icon, colour } = props.met ? MET : NOT_MET;
  const i18n = useMaturityTranslation();
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<Icon style={{ color: colour }} aria-hidden="true" />}
      label={indicatorStatus(props.met, i18n)}
      style={{ borderColor: colour }}
      data-testid="maturity-indicator-status"
      data-met={String(props.met)}
    />
  );
}
