/**
 * Names of the tables of the maturity backend (see `migrations/`).
 *
 * @internal
 */
export const TABLES = {
  entities: 'maturity_entities',
  domainLevels: 'maturity_domain_levels',
  levelHistory: 'maturity_level_history',
  groups: 'maturity_groups',
  groupClosure: 'maturity_group_closure',
  rollupSnapshots: 'maturity_rollup_snapshots',
  attestations: 'maturity_attestations',
  waivers: 'maturity_waivers',
  auditLog: 'maturity_audit_log',
  runs: 'maturity_runs',
  runRequests: 'maturity_run_requests',
  entityChecks: 'maturity_entity_checks',
  modelChecks: 'maturity_model_checks',
  indicatorSamples: 'maturity_indicator_samples',
  indicatorValues: 'maturity_indicator_values',
  campaigns: 'maturity_campaigns',
  campaignAudit: 'maturity_campaign_audit',
  campaignNotices: 'maturity_campaign_notices',
  writeGeneration: 'maturity_write_generation',
  reports: 'maturity_reports',
  pushedFacts: 'maturity_pushed_facts',
  evidenceOutages: 'maturity_evidence_outages',
  runLease: 'maturity_run_lease',
  checkPlacements: 'maturity_check_placements',
} as const;

/**
 * The `domain_id` of rollup snapshot rows that hold the overall level. Model
 * ids are non-empty kebab-case, so the empty string never names a domain;
 * unlike `NULL` it may be part of the primary key.
 *
 * @internal
 */
export const OVERALL_DOMAIN_ID = '';

/**
 * The `group_ref` of indicator values over every entity (the org); group
 * refs are never empty, and unlike `NULL` it may be part of the primary key.
 *
 * @internal
 */
export const ORG_GROUP_REF = '';
