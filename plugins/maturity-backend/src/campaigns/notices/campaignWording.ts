import type {
  Campaign,
  CampaignEntityProgress,
} from '@devops-maturity/plugin-maturity-common';
import type { ModelRegistry } from '../../model/ModelRegistry';

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** `31 Mar 2027` for `2027-03-31`. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** `SRE L3` (a domain), `CAICT DevOps L3` (overall), joined by ` + `. */
export function targetsLabel(
  campaign: Campaign,
  models: ModelRegistry,
): string {
  const model = models.ids().includes(campaign.modelId)
    ? models.get(campaign.modelId).model
    : undefined;
  return campaign.targets
    .map(t => {
      const name =
        t.domain === 'overall'
          ? model?.title ?? campaign.modelId
          : model?.domains.find(d => d.id === t.domain)?.title ?? t.domain;
      return `${name} L${t.level}`;
    })
    .join(' + ');
}

/**
 * The entities' kind, `components` (one: `component`); `entities` /
 * `entity` when the kinds are mixed.
 */
export function entitiesNoun(
  entities: readonly Pick<CampaignEntityProgress, 'kind'>[],
): string {
  const kinds = new Set(entities.map(e => e.kind.toLocaleLowerCase('en-US')));
  const one = entities.length === 1;
  if (kinds.size !== 1) return one ? 'entity' : 'entities';
  const [kind] = kinds;
  if (one) return kind;
  return kind.endsWith('s') ? `${kind}es` : `${kind}s`;
}

/** `1 meets` / `3 meet`, `1 does` / `3 do`: the verb agreeing with a count. */
export function agree(count: number, singular: string, plural: string) {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** `QuickPay Gateway, Ledger (+3 more)`: the entities' titles or names. */
export function entityList(
  entities: readonly Pick<CampaignEntityProgress, 'entityRef' | 'title'>[],
  max = 5,
): string {
  const names = entities.map(e => e.title || nameOf(e.entityRef));
  const more = names.length > max ? ` (+${names.length - max} more)` : '';
  return `${names.slice(0, max).join(', ')}${more}`;
}

/** The name part of an entity ref. */
export function nameOf(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** `1 day` / `14 days`. */
export function daysText(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** The path of a campaign's page. */
export function campaignLink(campaign: Pick<Campaign, 'id'>): string {
  return `/maturity/campaigns/${encodeURIComponent(campaign.id)}`;
}
