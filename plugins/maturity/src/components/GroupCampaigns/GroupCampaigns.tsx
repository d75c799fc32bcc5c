import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api/MaturityApi';
import { useCampaignLink } from '../../hooks/useCampaignLink';
import { daysLeftText, DomainTitle, targetsText } from '../../lib/campaigns';
import { formatDay } from '../../lib/time';
import { CampaignRiskChip, CampaignStateChip } from '../CampaignChips';
import { CampaignProgressBar } from '../CampaignProgressBar';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link GroupCampaigns}. */
export interface GroupCampaignsProps {
  groupRef: string;
  domains: DomainTitle[];
}

/**
 * The campaigns concerning a team's entities (nested teams included), with
 * the progress of the team's entities only. Shows nothing when there are
 * none or they cannot be read.
 */
export function GroupCampaigns(props: GroupCampaignsProps) {
  const { groupRef, domains } = props;
  const api = useApi(maturityApiRef);
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const linkTo = useCampaignLink();
  const { value } = useAsync(
    () => api.listGroupCampaigns(groupRef),
    [api, groupRef],
  );
  const items = value?.items ?? [];
  if (items.length === 0) return null;
  return (
    <InfoCard
      title={t('groupCampaigns.title')}
      subheader={t('groupCampaigns.subheader')}
    >
      <List aria-label={t('groupCampaigns.title')}>
        {items.map(c => {
          const link = linkTo(c.id);
          return (
            <ListItem key={c.id} divider disableGutters>
              <Box
                display="flex"
                flexWrap="wrap"
                alignItems="center"
                width="100%"
                style={{ gap: 16 }}
              >
                <Box flex="1 1 240px">
                  <Typography variant="subtitle1" component="h3">
                    {link ? <Link to={link}>{c.title}</Link> : c.title}
                  </Typography>
                  <Typography variant="body2" color="textSecondary">
                    {t('groupCampaigns.line', {
                      targets: targetsText(c.targets, domains, i18n),
                      date: formatDay(c.targetDate, language),
                      left: daysLeftText(c.progress.daysLeft, i18n),
                    })}
                  </Typography>
                </Box>
                <CampaignProgressBar
                  meeting={c.progress.meeting}
                  inScope={c.progress.inScope}
                  ratio={c.progress.ratio}
                />
                <Box display="flex" style={{ gap: 4 }}>
                  <CampaignStateChip state={c.state} />
                  {c.progress.atRisk && <CampaignRiskChip />}
                </Box>
              </Box>
            </ListItem>
          );
        })}
      </List>
    </InfoCard>
  );
}
