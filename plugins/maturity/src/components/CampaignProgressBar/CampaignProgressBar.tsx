import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link CampaignProgressBar}. */
export interface CampaignProgressBarProps {
  meeting: number;
  inScope: number;
  /** 0..1. */
  ratio: number;
}

/** A bar of the entities meeting a campaign's targets, with the counts. */
export function CampaignProgressBar(props: CampaignProgressBarProps) {
  const { meeting, inScope, ratio } = props;
  const { t, language } = useMaturityTranslation();
  const percent = new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(ratio);
  const text = t('campaigns.progress', { meeting, inScope, percent });
  return (
    <Box minWidth={140}>
      <LinearProgress
        variant="determinate"
        value={Math.max(0, Math.min(100, ratio * 100))}
        aria-label={text}
      />
      <Typography variant="caption" color="textSecondary">
        {text}
      </Typography>
    </Box>
  );
}
