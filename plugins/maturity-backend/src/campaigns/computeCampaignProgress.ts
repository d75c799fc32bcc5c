import {
  Campaign,
  CampaignEntityProgress,
  CampaignTeamProgress,
  computeBurnup,
  daysBetween,
  isCampaignAtRisk,
  projectCompletion,
} from '@devops-maturity/plugin-maturity-common';
import type {
  CampaignScopeData,
  CampaignScopeEntity,
} from '../store/campaigns/readCampaignScope';
import { CampaignProgressSnapshot } from './CampaignProgressSnapshot';

/** Check titles by id (the campaign model's). */
export type CheckTitles = (checkId: string) => string | undefined;

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

/** One entity against the campaign's targets. */
export function entityProgress(
  campaign: Campaign,
  entity: CampaignScopeEntity,
  titleOf: CheckTitles,
): CampaignEntityProgress {
  return {
    entityRef: entity.entityRef,
    ...(entity.title ? { title: entity.title } : {}),
    kind: entity.kind,
    ...(entity.ownerRef ? { owner: entity.ownerRef } : {}),
    meets: entity.meets,
    targets: campaign.targets.map(t => {
      const level = entity.levels[t.domain] ?? 0;
      return {
        domain: t.domain,
        target: t.level,
        level,
        meets: level >= t.level,
      };
    }),
    remainingChecks: entity.checks.map(c => ({
      checkId: c.checkId,
      title: titleOf(c.checkId) ?? c.checkId,
      domain: c.domainId,
      level: c.level,
      status: c.status,
    })),
  };
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
 * A campaign's progress from what its scope holds now: counts, teams,
 * entities with what they still need (sorted by need), the burn-up from the
 * level history, the projected completion and whether the campaign is at
 * risk.
 */
export function computeCampaignProgress(options: {
  campaign: Campaign;
  data: CampaignScopeData;
  titleOf: CheckTitles;
  now: Date;
}): CampaignProgressSnapshot {
  const { campaign, data, titleOf, now } = options;
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
  return new CampaignProgressSnapshot(
    head,
    data.entities.map(e => ({
      progress: entityProgress(campaign, e, titleOf),
      teams: e.teams,
    })),
  );
}
