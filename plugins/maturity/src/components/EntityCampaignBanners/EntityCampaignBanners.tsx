import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api/MaturityApi';
import type { EntityCampaign } from '../../api/campaignTypes';
import { useCampaignLink } from '../../hooks/useCampaignLink';
import { DomainTitle, targetsText } from '../../lib/campaigns';
import { formatDay } from '../../lib/time';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link EntityCampaignBanners}. */
export interface EntityCampaignBannersProps {
  entityRef: string;
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
 * entity is in no campaign or the campaigns cannot be read.
 */
export function EntityCampaignBanners(props: EntityCampaignBannersProps) {
  const { entityRef, domains } = props;
  const api = useApi(maturityApiRef);
  const { t } = useMaturityTranslation();
  const { value } = useAsync(
    () => api.listEntityCampaigns(entityRef),
    [api, entityRef],
  );
  const items = (value?.items ?? []).filter(
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
