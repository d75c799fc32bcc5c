import type { EntityListItem, LevelAggregate } from '../api/types';
import { DISTRIBUTION_LEVELS } from './levels';

function aggregate(
  values: Array<{ level: number | null; score: number } | undefined>,
): LevelAggregate {
  const distribution: Record<string, number> = {};
  for (const level of DISTRIBUTION_LEVELS) distribution[String(level)] = 0;
  let count = 0;
  let levelSum = 0;
  let scoreSum = 0;
  for (const value of values) {
    if (!value || value.level === null) continue;
    count++;
    levelSum += value.level;
    scoreSum += value.score;
    const key = String(value.level);
    distribution[key] = (distribution[key] ?? 0) + 1;
  }
  return {
    entityCount: count,
    averageLevel: count ? levelSum / count : null,
    averageScore: count ? scoreSum / count : null,
    distribution,
  };
}

/**
 * Level statistics of a list of entities, overall and per domain, computed
 * the way the backend computes rollups (not-applicable levels are left out).
 */
export function aggregateEntities(
  items: EntityListItem[],
  domainIds: string[],
): { overall: LevelAggregate; domains: Record<string, LevelAggregate> } {
  const domains: Record<string, LevelAggregate> = {};
  for (const domainId of domainIds) {
    domains[domainId] = aggregate(items.map(item => item.domains[domainId]));
  }
  return { overall: aggregate(items), domains };
}

/**
 * The lowest entities by overall level then score; entities to which no
 * domain applies come last and are left out.
 */
export function weakestEntities<
  T extends { level: number | null; score: number; entityRef: string },
>(items: T[], count: number): T[] {
  return items
    .filter(item => item.level !== null)
    .sort(
      (a, b) =>
        a.level! - b.level! ||
        a.score - b.score ||
        a.entityRef.localeCompare(b.entityRef),
    )
    .slice(0, count);
}
