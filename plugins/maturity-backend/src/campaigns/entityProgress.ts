import type {
  CampaignEntityProgress,
  CampaignRemainingCheck,
  CampaignTarget,
} from '@devops-maturity/plugin-maturity-common';

/** What an entity's progress is built from (a scope entity has it all). */
export interface CampaignProgressEntity {
  entityRef: string;
  kind: string;
  title?: string;
  ownerRef?: string;
  /** Current level per target domain; 0 when absent. */
  levels: Readonly<Record<string, number>>;
  meets: boolean;
}

/** An entity against a campaign's targets, without its remaining checks. */
export type CampaignEntityStanding = Omit<
  CampaignEntityProgress,
  'remainingChecks'
>;

/** One entity against the campaign's targets, without its remaining checks. */
export function entityStanding(
  targets: readonly CampaignTarget[],
  entity: CampaignProgressEntity,
): CampaignEntityStanding {
  return {
    entityRef: entity.entityRef,
    ...(entity.title ? { title: entity.title } : {}),
    kind: entity.kind,
    ...(entity.ownerRef ? { owner: entity.ownerRef } : {}),
    meets: entity.meets,
    targets: targets.map(t => {
      const level = entity.levels[t.domain] ?? 0;
      return {
        domain: t.domain,
        target: t.level,
        level,
        meets: level >= t.level,
      };
    }),
  };
}

/** One entity against the campaign's targets, with what it still needs. */
export function entityProgress(
  targets: readonly CampaignTarget[],
  entity: CampaignProgressEntity,
  remainingChecks: readonly CampaignRemainingCheck[],
): CampaignEntityProgress {
  return {
    ...entityStanding(targets, entity),
    remainingChecks: [...remainingChecks],
  };
}
