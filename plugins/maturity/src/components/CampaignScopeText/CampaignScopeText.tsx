import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import { describePredicate } from '@devops-maturity/plugin-maturity-common';
import type { CampaignScope } from '../../api/campaignTypes';
import { useMaturityTranslation } from '../../translation';

function groupName(ref: string): string {
  try {
    return humanizeEntityRef(parseEntityRef(ref, { defaultKind: 'group' }), {
      defaultKind: 'group',
    });
  } catch {
    return ref;
  }
}

/** A campaign's scope in a line: its groups and its filter. */
export function CampaignScopeText(props: { scope: CampaignScope }) {
  const { t } = useMaturityTranslation();
  const groups = props.scope.groups ?? [];
  const { filter } = props.scope;
  const parts = [
    groups.length
      ? t('campaigns.scopeGroups', {
          groups: groups.map(groupName).join(t('common.listSeparator')),
        })
      : t('campaigns.scopeAllGroups'),
    ...(filter
      ? [t('campaigns.scopeFilter', { filter: describePredicate(filter) })]
      : []),
  ];
  return <>{parts.join(t('common.listSeparator'))}</>;
}
