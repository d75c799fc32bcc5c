/*
 * Row shapes of the tables, as read from and written to the database.
 * Timestamps are ISO 8601 strings (UTC, milliseconds); JSON is text.
 */

/** A row of `maturity_entities`. */
export interface EntityRow {
  model_id: string;
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  spec_type: string | null;
  lifecycle: string | null;
  owner_ref: string | null;
  /** JSON array of `metadata.tags`; null when none. */
  tags?: string | null;
  level: number | null;
  score: number;
  evaluated_at: string;
  updated_at: string;
  /** Hash of the last evaluation written (`hashEvaluation`). */
  input_hash: string | null;
  /** Digest of what the last evaluation read (`evidenceDigest`); null when unknown. */
  evidence_digest?: string | null;
  /** ISO moment from which the last evaluation may no longer hold; null when unknown. */
  valid_until?: string | null;
}

/** A row of `maturity_domain_levels`. */
export interface DomainLevelRow {
  model_id: string;
  entity_ref: string;
  domain_id: string;
  level: number | null;
  score: number;
  counts: string;
  next_level: string | null;
  updated_at: string;
}

/**
 * A row of `maturity_entity_checks`: every check result of one entity under
 * one model, as a JSON document (see `checkDocument.ts`).
 */
export interface EntityChecksRow {
  model_id: string;
  entity_ref: string;
  checks: string;
}

/**
 * A row of `maturity_entity_checks` as written: the document as text, or
 * on PostgreSQL as its UTF-8 bytes, which the driver sends as they are
 * (a text parameter in binary format) instead of measuring and encoding
 * the text once more.
 */
export interface EntityChecksWrite extends Omit<EntityChecksRow, 'checks'> {
  checks: string | Buffer;
}

/** A row of `maturity_level_history` as inserted (the id is generated). */
export interface LevelHistoryInsert {
  entity_ref: string;
  model_id: string;
  domain_id: string | null;
  level: number | null;
  previous_level: number | null;
  score: number;
  recorded_at: string;
}

/** A row of `maturity_level_history`. */
export interface LevelHistoryRow extends LevelHistoryInsert {
  id: number;
}

/** A row of `maturity_groups`. */
export interface GroupRow {
  group_ref: string;
  title: string | null;
  type: string | null;
  parent_ref: string | null;
}

/** A row of `maturity_group_closure`. */
export interface GroupClosureRow {
  group_ref: string;
  ancestor_ref: string;
  depth: number;
}

/** A row of `maturity_rollup_snapshots`. */
export interface RollupSnapshotRow {
  model_id: string;
  group_ref: string;
  domain_id: string;
  day: string;
  entity_count: number;
  average_level: number | null;
  average_score: number | null;
}

/** A row of `maturity_attestations`. */
export interface AttestationRow {
  id: string;
  entity_ref: string;
  check_id: string;
  evidence_url: string;
  comment: string | null;
  author: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason?: string | null;
}

/** A row of `maturity_waivers`. */
export interface WaiverRow {
  id: string;
  entity_ref: string;
  check_id: string;
  reason: string;
  author: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

/** A row of `maturity_audit_log` as inserted (the id is generated). */
export interface AuditInsert {
  entity_ref: string;
  check_id: string;
  subject: string;
  subject_id: string;
  action: string;
  actor: string;
  at: string;
  details: string;
}

/** A row of `maturity_audit_log`. */
export interface AuditRow extends AuditInsert {
  id: number;
}

/** A row of `maturity_runs`. */
export interface RunRow {
  id: string;
  trigger: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  entities: number;
  changed_entities: number;
  errors: number;
  error_details: string;
  actor: string | null;
  /** JSON array of `RunRecord['sourcesDown']`; null when none (or before the column existed). */
  sources_down?: string | null;
}

/** The row of `maturity_run_lease`. */
export interface RunLeaseRow {
  id: number;
  holder: string | null;
  run_id: string | null;
  acquired_at: string | null;
  heartbeat_at: string | null;
}

/** A row of `maturity_run_requests`. */
export interface RunRequestRow {
  id: string;
  actor: string;
  requested_at: string;
}

/** A row of `maturity_evidence_outages`. */
export interface EvidenceOutageRow {
  entity_ref: string;
  source: string;
  since: string;
  last_failure_at: string;
  last_success_at: string | null;
  message: string;
  /** JSON object: model id → check ids kept because of the outage. */
  kept_checks: string;
}
