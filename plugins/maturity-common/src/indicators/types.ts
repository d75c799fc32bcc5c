/**
 * What one entity contributes to an indicator: a number, or `null` for "no
 * data" (the entity is in the indicator's scope but lacks the evidence). An
 * entity outside the scope contributes nothing (its samples have no entry).
 *
 * @public
 */
export type IndicatorSample = number | null;

/**
 * One entity's samples under a model, by indicator id; indicators whose
 * scope leaves the entity out have no entry.
 *
 * @public
 */
export type IndicatorSamples = Record<string, IndicatorSample>;

/**
 * An indicator aggregated over the entities of a scope (a group with its
 * nested groups, or the org).
 *
 * @public
 */
export interface IndicatorAggregate {
  /** The aggregate; null when no entity had data. */
  value: number | null;
  /** Entities that contributed a number. */
  entityCount: number;
  /** Entities in scope without the evidence (never counted as 0). */
  noDataCount: number;
}
