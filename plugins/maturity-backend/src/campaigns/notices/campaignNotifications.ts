import type {
  Campaign,
  CampaignProgress,
} from '@devops-maturity/plugin-maturity-common';
import type { CampaignEntityStanding } from '../entityProgress';
import type { MaturityNotification } from '../../notifications/MaturityNotificationSender';
import { notificationScope } from '../../notifications/notificationScope';
import {
  agree,
  campaignLink,
  daysText,
  entitiesNoun,
  entityList,
  formatDay,
  nameOf,
} from './campaignWording';

/** An owning group's entities in a campaign's scope. */
export interface RecipientEntities {
  /** The entity ref notified: the owning group (or the campaign owner). */
  recipient: string;
  entities: CampaignEntityStanding[];
}

/** One team's outcome at a campaign's end. */
export interface CampaignTeamOutcome {
  /** The owning group (a group entity in scope: itself). */
  groupRef: string;
  inScope: number;
  met: number;
  missed: number;
}

/** Who owns an entity: its owner; a group itself; undefined when unowned. */
function ownerOf(entity: CampaignEntityStanding): string | undefined {
  if (entity.kind.toLocaleLowerCase('en-US') === 'group') {
    return entity.entityRef;
  }
  return entity.owner;
}

/**
 * The entities in scope per recipient: the owning group (a user owner is
 * notified as well), or the campaign owner for unowned entities. One
 * notification per recipient rather than per entity, so a team with many
 * services gets one line.
 */
export function entitiesByRecipient(
  campaign: Campaign,
  entities: readonly CampaignEntityStanding[],
): RecipientEntities[] {
  const byRecipient = new Map<string, CampaignEntityStanding[]>();
  for (const entity of entities) {
    const recipient = ownerOf(entity) ?? campaign.owner;
    const list = byRecipient.get(recipient);
    if (list) list.push(entity);
    else byRecipient.set(recipient, [entity]);
  }
  return [...byRecipient]
    .map(([recipient, list]) => ({ recipient, entities: list }))
    .sort((a, b) => a.recipient.localeCompare(b.recipient));
}

/** Met and missed per owning group (unowned entities count in no team). */
export function teamOutcomes(
  entities: readonly CampaignEntityStanding[],
): CampaignTeamOutcome[] {
  const byTeam = new Map<string, CampaignTeamOutcome>();
  for (const entity of entities) {
    const groupRef = ownerOf(entity);
    if (!groupRef) continue;
    const team = byTeam.get(groupRef) ?? {
      groupRef,
      inScope: 0,
      met: 0,
      missed: 0,
    };
    team.inScope += 1;
    if (entity.meets) team.met += 1;
    else team.missed += 1;
    byTeam.set(groupRef, team);
  }
  return [...byTeam.values()].sort(
    (a, b) => b.missed - a.missed || a.groupRef.localeCompare(b.groupRef),
  );
}

/** Wording shared by the builders: the targets' label. */
export interface CampaignWording {
  /** E.g. `SRE L3`. */
  targets: string;
}

/** A campaign started: one notification per owning group with its entities. */
export function startNotification(
  campaign: Campaign,
  group: RecipientEntities,
  wording: CampaignWording,
  daysLeft: number,
): MaturityNotification {
  const { entities } = group;
  const meeting = entities.filter(e => e.meets).length;
  return {
    recipients: { type: 'entity', entityRef: group.recipient },
    payload: {
      title: `Campaign started: ${campaign.title}`,
      description: `${wording.targets} by ${formatDay(
        campaign.targetDate,
      )} for your ${entities.length} ${entitiesNoun(
        entities,
      )} in scope, ${meeting} already there — ${daysText(
        daysLeft,
      )} left. ${entityList(entities)}`,
      link: campaignLink(campaign),
      severity: 'normal',
      scope: notificationScope({
        event: 'campaign-start',
        entityRef: group.recipient,
        campaignId: campaign.id,
        date: campaign.startDate,
      }),
    },
  };
}

/**
 * A reminder to an owning group with entities that do not meet the targets
 * yet; undefined when all of them do.
 */
export function reminderNotification(
  campaign: Campaign,
  group: RecipientEntities,
  wording: CampaignWording,
  reminder: { day: string; daysLeft: number },
): MaturityNotification | undefined {
  const { entities } = group;
  const missing = entities.filter(e => !e.meets);
  if (missing.length === 0) return undefined;
  return {
    recipients: { type: 'entity', entityRef: group.recipient },
    payload: {
      title: `${wording.targets} by ${formatDay(campaign.targetDate)}: ${agree(
        missing.length,
        `of your ${entities.length} ${entitiesNoun(entities)} does`,
        `of your ${entities.length} ${entitiesNoun(entities)} do`,
      )} not meet it yet — ${daysText(reminder.daysLeft)} left`,
      description: `Campaign "${campaign.title}". Not yet: ${entityList(
        missing,
      )}`,
      link: campaignLink(campaign),
      severity: reminder.daysLeft <= 3 ? 'high' : 'normal',
      scope: notificationScope({
        event: 'campaign-reminder',
        entityRef: group.recipient,
        campaignId: campaign.id,
        date: reminder.day,
      }),
    },
  };
}

/** The end summary for the campaign owner: met / missed per team. */
export function endNotification(
  campaign: Campaign,
  progress: Pick<CampaignProgress, 'inScope' | 'meeting'>,
  teams: readonly CampaignTeamOutcome[],
  wording: CampaignWording,
): MaturityNotification {
  const ended = campaign.state === 'completed' ? 'completed' : 'ended';
  const shown = teams.slice(0, 10);
  const perTeam = shown
    .map(t => `${nameOf(t.groupRef)} ${t.met} met, ${t.missed} missed`)
    .join('; ');
  const more =
    teams.length > shown.length
      ? ` (+${teams.length - shown.length} more teams)`
      : '';
  return {
    recipients: { type: 'entity', entityRef: campaign.owner },
    payload: {
      title: `Campaign ${ended}: ${campaign.title} — ${progress.meeting} of ${progress.inScope} met ${wording.targets}`,
      description: `Target date ${formatDay(campaign.targetDate)}. ${
        perTeam ? `${perTeam}${more}` : 'No entity in scope.'
      }`,
      link: campaignLink(campaign),
      severity: 'normal',
      scope: notificationScope({
        event: 'campaign-end',
        entityRef: campaign.owner,
        campaignId: campaign.id,
        date: campaign.targetDate,
      }),
    },
  };
}
