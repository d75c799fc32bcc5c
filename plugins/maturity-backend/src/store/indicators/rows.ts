/** A row of `maturity_indicator_samples`. */
export interface IndicatorSamplesRow {
  model_id: string;
  entity_ref: string;
  /** JSON object: indicator id → number, or null for no data. */
  samples: string;
  updated_at: string;
}

/** A row of `maturity_indicator_values`. */
export interface IndicatorValueRow {
  model_id: string;
  indicator_id: string;
  /** The group, or `ORG_GROUP_REF` for every entity. */
  group_ref: string;
  day: string;
  value: number | string | null;
  entity_count: number | string;
  no_data_count: number | string;
  computed_at: string;
}
