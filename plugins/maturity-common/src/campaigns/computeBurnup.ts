import type { CampaignBurnupPoint } from './types';
import { addDays, daysBetween } from './days';

/**
 * A recorded change of one level of an entity (a row of the level history):
 * when, the new level and the one before (null: none).
 *
 * @public
 */
export interface CampaignLevelChange {
  /** ISO 8601 timestamp (UTC). */
  at: string;
  level: number | null;
  previousLevel: number | null;
}

/**
 * One target of one entity: the level to reach, the current level and the
 * recorded changes of that level (any order).
 *
 * @public
 */
export interface CampaignEntityTargetHistory {
  target: number;
  /** The current level (0 when none). */
  current: number;
  changes: ReadonlyArray<CampaignLevelChange>;
}

/**
 * The level at the end of `day` from sorted changes: the last change that
 * day or before; before the first change, the level that change replaced;
 * without any change, the current level (the history was pruned or never
 * recorded, so the level is taken as constant).
 */
function levelAtEndOf(
  day: string,
  sorted: ReadonlyArray<CampaignLevelChange>,
  current: number,
): number {
  if (sorted.length === 0) return current;
  let level: number | null | undefined;
  for (const change of sorted) {
    if (change.at.slice(0, 10) > day) break;
    level = change.level;
  }
  if (level === undefined) level = sorted[0].previousLevel;
  return level ?? 0;
}

/**
 * The days (indices from `startDate`) on which an entity's "meets every
 * target" may change, with whether it meets from that day on.
 */
function meetTransitions(
  entity: ReadonlyArray<CampaignEntityTargetHistory>,
  startDate: string,
  dayCount: number,
): Array<[number, boolean]> {
  const sorted = entity.map(t => ({
    ...t,
    changes: [...t.changes].sort((a, b) => a.at.localeCompare(b.at)),
  }));
  const breakpoints = new Set<number>([0]);
  for (const t of sorted) {
    for (const change of t.changes) {
      const index = daysBetween(startDate, change.at.slice(0, 10));
      if (index > 0 && index < dayCount) breakpoints.add(index);
    }
  }
  const transitions: Array<[number, boolean]> = [];
  let previous: boolean | undefined;
  for (const index of [...breakpoints].sort((a, b) => a - b)) {
    const day = addDays(startDate, index);
    const meets = sorted.every(
      t => levelAtEndOf(day, t.changes, t.current) >= t.target,
    );
    if (meets !== previous) transitions.push([index, meets]);
    previous = meets;
  }
  return transitions;
}

/**
 * The burn-up of a campaign: one point per day from `startDate` to
 * min(`today`, `targetDate`) (at least one point), counting the entities
 * that met every target at the end of that day according to their level
 * history, and the ideal line from the start's count to every entity at
 * the target date.
 *
 * @remarks
 * Simplification: the scope is today's. An entity counts as in scope on
 * every day if it is in scope now; entities that left the scope are not
 * counted on any day, and an entity not yet evaluated on a day counts as
 * in scope but not meeting.
 *
 * @public
 */
export function computeBurnup(options: {
  startDate: string;
  targetDate: string;
  today: string;
  /** The targets of each entity in scope now. */
  entities: ReadonlyArray<ReadonlyArray<CampaignEntityTargetHistory>>;
}): CampaignBurnupPoint[] {
  const { startDate, targetDate, today, entities } = options;
  const end = today < targetDate ? today : targetDate;
  const dayCount = Math.max(1, daysBetween(startDate, end) + 1);
  const delta = new Array<number>(dayCount + 1).fill(0);
  for (const entity of entities) {
    for (const [index, meets] of meetTransitions(entity, startDate, dayCount)) {
      if (index > 0 || meets) delta[index] += meets ? 1 : -1;
    }
  }
  const inScope = entities.length;
  const span = Math.max(1, daysBetween(startDate, targetDate));
  const points: CampaignBurnupPoint[] = [];
  let meeting = 0;
  for (let i = 0; i < dayCount; i++) {
    meeting += delta[i];
    const start = points.length ? points[0].meeting : meeting;
    const ideal = start + ((inScope - start) * i) / span;
    points.push({
      date: addDays(startDate, i),
      meeting,
      inScope,
      ideal: Math.round(Math.min(inScope, ideal) * 100) / 100,
    });
  }
  return points;
}
