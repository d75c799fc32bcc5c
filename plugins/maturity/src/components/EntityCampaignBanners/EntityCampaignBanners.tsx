import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import type { EntityCampaign } from '../../api/campaignTypes';
import { useCampaignLink } from '../../hooks/useCampaignLink';
import { DomainTitle, targetsText } from '../../lib/campaigns';
import { formatDay } from '../../lib/time';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link EntityCampaignBanners}. */
export interface EntityCampaignBannersProps {
  /** The entity's campaigns (`useEntityCampaigns`); none while loading. */
  campaigns: EntityCampaign[] | undefined;
  /** Domain titles of the entity's scorecard. */
  domains: DomainTitle[];
}

function Banner(props: { item: EntityCampaign; domains: DomainTitle[] }) {
  const { item, domains } = props;
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const link = useCampaignLink()(item.campaign.id);
  const values = {
    targets: targetsText(item.campaign.targets, domains, i18n),
    date: formatDay(item.campaign.targetDate, language),
    count: item.remainingChecks.length,
  };
  const text = item.meets
    ? t('entityCampaignBanners.met', values)
    : t('entityCampaignBanners.remaining', values);
  let severity: 'success' | 'warning' | 'info' = 'info';
  if (item.meets) severity = 'success';
  else if (item.daysLeft < 0) severity = 'warning';
  return (
    <Alert
      role="status"
      severity={severity}
      action={
        link ? (
          <Link
            to={link}
            aria-label={t('entityCampaignBanners.openAria', {
              title: item.campaign.title,
            })}
          >
            {t('entityCampaignBanners.open')}
          </Link>
        ) : undefined
      }
    >
      <strong>{item.campaign.title}</strong>
      {': '}
      {text}
    </Alert>
  );
}

/**
 * A banner per active campaign of an entity, e.g. "SRE L3 by 31 Mar 2027 —
 * 2 checks left", linking to the campaign's page. Shows nothing when the
 * entity is in no active campaign or the campaigns are not there (yet).
 */
export function EntityCampaignBanners(props: EntityCampaignBannersProps) {
  const { campaigns, domains } = props;
  const { t } = useMaturityTranslation();
  const items = (campaigns ?? []).filter(
    item => item.campaign.state === 'active',
  );
  if (items.length === 0) return null;
  return (
    <Box
      component="section"
      aria-label={t('entityCampaignBanners.aria')}
      display="flex"
      flexDirection="column"
      style={{ gap: 8 }}
    >
      {items.map(item => (
        <Banner key={item.campaign.id} item={item} domains={domains} />
      ))}
    </Box>
  );
}
