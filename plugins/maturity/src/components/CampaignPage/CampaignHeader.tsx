import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { CampaignProgress } from '../../api/campaignTypes';
import { daysLeftText, DomainTitle, targetsText } from '../../lib/campaigns';
import { formatDay } from '../../lib/time';
import { CampaignRiskChip, CampaignStateChip } from '../CampaignChips';
import { CampaignProgressBar } from '../CampaignProgressBar';
import { CampaignScopeText } from '../CampaignScopeText';
import { useMaturityTranslation } from '../../translation';

/** The figures at the top of a campaign's page. */
export function CampaignHeader(props: {
  progress: CampaignProgress;
  domains: DomainTitle[];
}) {
  const { progress, domains } = props;
  const { campaign } = progress;
  const i18n = useMaturityTranslation();
  const { t, tNode, language } = i18n;
  return (
    <>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <Typography variant="h4" component="h2">
          {campaign.title}
        </Typography>
        <CampaignStateChip state={campaign.state} />
        {progress.atRisk && <CampaignRiskChip />}
        {campaign.source === 'config' && (
          <Chip
            size="small"
            variant="outlined"
            label={t('campaignPage.readOnly')}
          />
        )}
      </Box>
      <Typography variant="subtitle1">
        {targetsText(campaign.targets, domains, i18n)}
      </Typography>
      <Typography variant="body2">
        {tNode('campaignPage.owner', {
          owner: (
            <EntityRefLink entityRef={campaign.owner} defaultKind="group" />
          ),
        })}
      </Typography>
      <Typography variant="body2">
        {t('campaignPage.dates', {
          start: formatDay(campaign.startDate, language),
          target: formatDay(campaign.targetDate, language),
        })}
        {' · '}
        {daysLeftText(progress.daysLeft, i18n)}
      </Typography>
      <Typography variant="body2">
        {progress.projectedDate
          ? t('campaignPage.projected', {
              date: formatDay(progress.projectedDate, language),
            })
          : t('campaignPage.noProjection')}
      </Typography>
      <Typography variant="body2">
        <CampaignScopeText scope={campaign.scope} />
      </Typography>
      <Box mt={1} maxWidth={420}>
        <CampaignProgressBar
          meeting={progress.meeting}
          inScope={progress.inScope}
          ratio={progress.ratio}
        />
      </Box>
    </>
  );
}
