import type { LevelAggregate } from './types';

/** The entities at one level: how many, and the sum of their scores. */
export interface LevelBucket {
  level: number;
  count: number;
  scoreSum: number;
}

/** A row of a level aggregate query: a level, its count and score sum. */
export interface LevelCountRow {
  level: number | string | null;
  n: number | string;
  score_sum: number | string | null;
}

/** The bucket of a query row (databases return numbers or strings). */
export function toLevelBucket(row: LevelCountRow): LevelBucket {
  return {
    level: Number(row.level),
    count: Number(row.n),
    scoreSum: Number(row.score_sum ?? 0),
  };
}

const LEVELS = [0, 1, 2, 3, 4, 5];

/** An aggregate of no entities. */
export function emptyLevelAggregate(): LevelAggregate {
  return {
    entityCount: 0,
    averageLevel: null,
    averageScore: null,
    distribution: Object.fromEntries(LEVELS.map(level => [String(level), 0])),
  };
}

/**
 * Builds the statistics of a set of entities from their counts per level.
 * Buckets of the same level add up. Pure.
 */
export function buildLevelAggregate(
  buckets: readonly LevelBucket[],
): LevelAggregate {
  const aggregate = emptyLevelAggregate();
  let levelSum = 0;
  let scoreSum = 0;
  for (const bucket of buckets) {
    const key = String(bucket.level);
    aggregate.distribution[key] =
      (aggregate.distribution[key] ?? 0) + bucket.count;
    aggregate.entityCount += bucket.count;
    levelSum += bucket.level * bucket.count;
    scoreSum += bucket.scoreSum;
  }
  if (aggregate.entityCount > 0) {
    aggregate.averageLevel = levelSum / aggregate.entityCount;
    aggregate.averageScore = scoreSum / aggregate.entityCount;
  }
  return aggregate;
}
