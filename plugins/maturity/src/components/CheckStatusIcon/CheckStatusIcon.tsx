import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import CancelIcon from '@material-ui/icons/Cancel';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import NotInterestedIcon from '@material-ui/icons/NotInterested';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import type { ComponentType } from 'react';
import type { CheckStatus } from '../../api/types';
import { statusLabel } from '../../lib/checks';
import { useMaturityTranslation } from '../../translation';

const ICONS: Record<CheckStatus, { Icon: ComponentType<any>; colour: string }> =
  {
    passed: { Icon: CheckCircleIcon, colour: '#2e7d32' },
    failed: { Icon: CancelIcon, colour: '#c62828' },
    unknown: { Icon: HelpOutlineIcon, colour: '#616161' },
    waived: { Icon: RemoveCircleOutlineIcon, colour: '#1565c0' },
    'not-applicable': { Icon: NotInterestedIcon, colour: '#9e9e9e' },
    error: { Icon: ErrorOutlineIcon, colour: '#e65100' },
  };

const useStyles = makeStyles(theme => ({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    whiteSpace: 'nowrap',
  },
}));

/**
 * Props of {@link CheckStatusIcon}.
 *
 * @public
 */
export interface CheckStatusIconProps {
  status: CheckStatus;
  /** Show the status as text next to the icon (default); otherwise the icon carries it as its accessible name. */
  showLabel?: boolean;
}

/**
 * The icon of a check status, with its label as text or accessible name.
 *
 * @public
 */
export function CheckStatusIcon(props: CheckStatusIconProps) {
  const { status, showLabel = true } = props;
  const classes = useStyles();
  const { Icon, colour } = ICONS[status] ?? ICONS.unknown;
  const label = statusLabel(status, useMaturityTranslation());
  if (!showLabel) {
    return (
      <Icon
        fontSize="small"
        style={{ color: colour }}
        titleAccess={label}
        data-status={status}
      />
    );
  }
  return (
    <span className={classes.root} data-status={status}>
      <Icon fontSize="small" style={{ color: colour }} aria-hidden="true" />
      <Typography variant="body2" component="span">
        {label}
      </Typography>
    </span>
  );
}
