import {
  Campaign,
  CampaignRemainingCheck,
  CampaignTeamProgress,
  computeBurnup,
  daysBetween,
  isCampaignAtRisk,
  projectCompletion,
} from '@devops-maturity/plugin-maturity-common';
import type {
  CampaignChecksQuery,
  CampaignScopeCheck,
} from '../store/campaigns/readCampaignChecks';
import type { CampaignScopeData } from '../store/campaigns/readCampaignScope';
import { targetsNotMet } from '../store/campaigns/remainingChecks';
import {
  CampaignProgressSnapshot,
  RemainingChecksReader,
} from './CampaignProgressSnapshot';

/** Check titles by id (the campaign model's). */
export type CheckTitles = (checkId: string) => string | undefined;

/** Reads the remaining checks of entities (the store's `readCampaignChecks`). */
export type CampaignChecksRead = (
  entities: CampaignChecksQuery['entities'],
) => Promise<Map<string, CampaignScopeCheck[]>>;

/** The warning of a scope that holds no entity. */
export const EMPTY_SCOPE_WARNING = 'scope matches no entity';

const ratioOf = (meeting: number, inScope: number) =>
  inScope === 0 ? 0 : Math.round((meeting / inScope) * 10_000) / 10_000;

/** The warnings about a campaign's scope: no entity, unknown groups. */
export function scopeWarnings(
  campaign: Pick<Campaign, 'scope'>,
  data: Pick<CampaignScopeData, 'entities' | 'unknownGroups'>,
): string[] {
  const warnings: string[] = [];
  if (data.entities.length === 0) warnings.push(EMPTY_SCOPE_WARNING);
  (campaign.scope.groups ?? []).forEach((group, i) => {
    if (data.unknownGroups.includes(group)) {
      warnings.push(`scope.groups[${i}]: no group "${group}" is known yet`);
    }
  });
  return warnings;
}

function teamProgress(data: CampaignScopeData): CampaignTeamProgress[] {
  const counts = new Map<string, { inScope: number; meeting: number }>();
  for (const entity of data.entities) {
    for (const team of entity.teams) {
      const count = counts.get(team) ?? { inScope: 0, meeting: 0 };
      count.inScope += 1;
      if (entity.meets) count.meeting += 1;
      counts.set(team, count);
    }
  }
  return data.teams
    .filter(t => t.depth === 0 || counts.has(t.groupRef))
    .map(t => {
      const { inScope, meeting } = counts.get(t.groupRef) ?? {
        inScope: 0,
        meeting: 0,
      };
      return {
        ...t,
        inScope,
        meeting,
        ratio: ratioOf(meeting, inScope),
        lag: inScope - meeting,
      };
    })
    .sort((a, b) => b.lag - a.lag || a.groupRef.localeCompare(b.groupRef));
}

/**
 * The remaining checks of the entities returned, with titles: read only for
 * the entities with some, toward the targets they do not meet.
 */
function remainingChecksReader(
  campaign: Campaign,
  titleOf: CheckTitles,
  readChecks: CampaignChecksRead,
): RemainingChecksReader {
  return async entities => {
    const wanted = entities
      .filter(e => e.remainingCheckCount > 0)
      .map(e => ({
        entityRef: e.entityRef,
        notMet: targetsNotMet(campaign.targets, e.levels),
      }));
    const result = new Map<string, CampaignRemainingCheck[]>();
    if (!wanted.length) return result;
    for (const [ref, checks] of await readChecks(wanted)) {
      result.set(
        ref,
        checks.map(c => ({
          checkId: c.checkId,
          title: titleOf(c.checkId) ?? c.checkId,
          domain: c.domainId,
          level: c.level,
          status: c.status,
        })),
      );
    }
    return result;
  };
}

/**
 * A campaign's progress from what its scope holds now: counts, teams,
 * entities sorted by need (their remaining checks read when returned), the burn-up from the
 * level history, the projected completion and whether the campaign is at
 * risk.
 */
export function computeCampaignProgress(options: {
  campaign: Campaign;
  data: CampaignScopeData;
  titleOf: CheckTitles;
  /** Reads remaining checks for the entities returned. */
  readChecks: CampaignChecksRead;
  now: Date;
}): CampaignProgressSnapshot {
  const { campaign, data, titleOf, readChecks, now } = options;
  const today = now.toISOString().slice(0, 10);
  const inScope = data.entities.length;
  const meeting = data.entities.filter(e => e.meets).length;
  const burnup = computeBurnup({
    startDate: campaign.startDate,
    targetDate: campaign.targetDate,
    today,
    entities: data.entities.map(e =>
      campaign.targets.map(t => ({
        target: t.level,
        current: e.levels[t.domain] ?? 0,
        changes: e.history[t.domain] ?? [],
      })),
    ),
  });
  const projectedDate = projectCompletion(burnup);
  const head = {
    campaign,
    generatedAt: now.toISOString(),
    inScope,
    meeting,
    ratio: ratioOf(meeting, inScope),
    daysLeft: daysBetween(today, campaign.targetDate),
    ...(projectedDate ? { projectedDate } : {}),
    atRisk: isCampaignAtRisk({
      state: campaign.state,
      targetDate: campaign.targetDate,
      projectedDate,
      inScope,
      meeting,
    }),
    teams: teamProgress(data),
    burnup,
    warnings: scopeWarnings(campaign, data),
  };
  return new CampaignProgressSnapshot(head, data.entities, {
    targets: campaign.targets,
    remainingChecks: remainingChecksReader(campaign, titleOf, readChecks),
  });
}
