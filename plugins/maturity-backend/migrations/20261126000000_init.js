// @ts-check

/*
 * The initial schema of the maturity backend.
 *
 * Conventions shared by every table:
 * - Timestamps are ISO 8601 strings in UTC with milliseconds
 *   (`2026-01-31T08:15:00.000Z`, always 24 characters), so that comparing
 *   them as text orders them by time on SQLite and PostgreSQL alike.
 * - Days are `YYYY-MM-DD` strings.
 * - JSON values are stored as text, never as a native JSON type, so that
 *   both databases return exactly what was written.
 */

const REF = 255;
const ID = 255;
const TIMESTAMP = 30;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_entities', table => {
    table.comment('The overall state of each evaluated entity, per model');
    table.string('model_id', ID).notNullable();
    table.string('entity_ref', REF).notNullable();
    table.string('kind', REF).notNullable();
    table.string('namespace', REF).notNullable();
    table.string('name', REF).notNullable();
    table.text('title').nullable();
    table.string('spec_type', REF).nullable();
    table.string('lifecycle', REF).nullable();
    table
      .string('owner_ref', REF)
      .nullable()
      .comment('The owning group (or user), for rollups');
    table
      .integer('level')
      .nullable()
      .comment('Weakest-link overall level; null when no domain applies');
    table.double('score').notNullable();
    table
      .string('evaluated_at', TIMESTAMP)
      .notNullable()
      .comment('Last evaluation, changed or not');
    table
      .string('updated_at', TIMESTAMP)
      .notNullable()
      .comment('Last change of any result of the entity');
    table
      .string('input_hash', 64)
      .nullable()
      .comment(
        'Hash of the last evaluation written; an equal hash skips the diff',
      );
    table.primary(['model_id', 'entity_ref']);
    table.index(['model_id', 'owner_ref'], 'maturity_entities_owner_idx');
    table.index(['model_id', 'level', 'score'], 'maturity_entities_level_idx');
  });

  await knex.schema.createTable('maturity_domain_levels', table => {
    table.comment('The level of each domain of each evaluated entity');
    table.string('model_id', ID).notNullable();
    table.string('entity_ref', REF).notNullable();
    table.string('domain_id', ID).notNullable();
    table
      .integer('level')
      .nullable()
      .comment('Null when the domain does not apply');
    table.double('score').notNullable();
    table.text('counts').notNullable().comment('JSON: check status counts');
    table
      .text('next_level')
      .nullable()
      .comment('JSON: what is missing for the next level');
    table.string('updated_at', TIMESTAMP).notNullable();
    table.primary(['model_id', 'entity_ref', 'domain_id']);
    table.index(
      ['model_id', 'domain_id', 'level'],
      'maturity_domain_levels_level_idx',
    );
  });

  await knex.schema.createTable('maturity_check_results', table => {
    table.comment('The current result of each check for each entity');
    table.string('model_id', ID).notNullable();
    table.string('entity_ref', REF).notNullable();
    table.string('check_id', ID).notNullable();
    table.string('domain_id', ID).notNullable();
    table.string('capability_id', ID).notNullable();
    table.integer('level').notNullable();
    table.string('status', 20).notNullable();
    table.text('value').nullable().comment('JSON; null when absent');
    table.text('message').notNullable();
    table.string('source', 20).notNullable();
    table
      .string('updated_at', TIMESTAMP)
      .notNullable()
      .comment('Last change of this result');
    table.primary(['model_id', 'entity_ref', 'check_id']);
    table.index(['model_id', 'check_id'], 'maturity_check_results_check_idx');
  });

  await knex.schema.createTable('maturity_level_history', table => {
    table.comment('Append-only: every change of a domain or overall level');
    table.increments('id');
    table.string('entity_ref', REF).notNullable();
    table.string('model_id', ID).notNullable();
    table
      .string('domain_id', ID)
      .nullable()
      .comment('Null for the overall level');
    table.integer('level').nullable();
    table.integer('previous_level').nullable();
    table.double('score').notNullable();
    table.string('recorded_at', TIMESTAMP).notNullable();
    table.index(
      ['entity_ref', 'model_id', 'recorded_at'],
      'maturity_level_history_entity_idx',
    );
    table.index(['recorded_at'], 'maturity_level_history_recorded_idx');
  });

  await knex.schema.createTable('maturity_groups', table => {
    table.comment('The group tree of the catalog, replaced on every run');
    table.string('group_ref', REF).primary().notNullable();
    table.text('title').nullable();
    table.string('type', REF).nullable();
    table
      .string('parent_ref', REF)
      .nullable()
      .comment('May name a group that is not known');
    table.index(['parent_ref'], 'maturity_groups_parent_idx');
  });

  await knex.schema.createTable('maturity_group_closure', table => {
    table.comment('Every group with itself (depth 0) and each known ancestor');
    table.string('group_ref', REF).notNullable();
    table.string('ancestor_ref', REF).notNullable();
    table.integer('depth').notNullable();
    table.primary(['group_ref', 'ancestor_ref']);
    table.index(['ancestor_ref'], 'maturity_group_closure_ancestor_idx');
  });

  await knex.schema.createTable('maturity_rollup_snapshots', table => {
    table.comment('Daily aggregates per group and domain, for trends');
    table.string('model_id', ID).notNullable();
    table.string('group_ref', REF).notNullable();
    table
      .string('domain_id', ID)
      .notNullable()
      .comment("A domain id, or '' for the overall level");
    table.string('day', 10).notNullable().comment('YYYY-MM-DD');
    table
      .integer('entity_count')
      .notNullable()
      .comment('Entities for which the domain (or any domain) applies');
    table.double('average_level').nullable();
    table.double('average_score').nullable();
    table.primary(['model_id', 'group_ref', 'domain_id', 'day']);
    table.index(['day'], 'maturity_rollup_snapshots_day_idx');
  });

  await knex.schema.createTable('maturity_attestations', table => {
    table.comment('Human confirmations of manual checks, with evidence');
    table.string('id', 36).primary().notNullable();
    table.string('entity_ref', REF).notNullable();
    table.string('check_id', ID).notNullable();
    table.text('evidence_url').notNullable();
    table.text('comment').nullable();
    table.string('author', REF).notNullable();
    table.string('created_at', TIMESTAMP).notNullable();
    table.string('expires_at', TIMESTAMP).notNullable();
    table.string('revoked_at', TIMESTAMP).nullable();
    table.string('revoked_by', REF).nullable();
    table.index(['entity_ref', 'check_id'], 'maturity_attestations_entity_idx');
  });

  await knex.schema.createTable('maturity_waivers', table => {
    table.comment('Checks deliberately not required of an entity, for a while');
    table.string('id', 36).primary().notNullable();
    table.string('entity_ref', REF).notNullable();
    table.string('check_id', ID).notNullable();
    table.text('reason').notNullable();
    table.string('author', REF).notNullable();
    table.string('created_at', TIMESTAMP).notNullable();
    table
      .string('expires_at', TIMESTAMP)
      .nullable()
      .comment('Null: never expires');
    table.string('revoked_at', TIMESTAMP).nullable();
    table.string('revoked_by', REF).nullable();
    table.text('revoke_reason').nullable();
    table.index(['entity_ref', 'check_id'], 'maturity_waivers_entity_idx');
  });

  await knex.schema.createTable('maturity_audit_log', table => {
    table.comment('Append-only trail of attestation and waiver changes');
    table.increments('id');
    table.string('entity_ref', REF).notNullable();
    table.string('check_id', ID).notNullable();
    table.string('subject', 20).notNullable().comment('attestation | waiver');
    table.string('subject_id', 36).notNullable();
    table.string('action', 20).notNullable().comment('created | revoked');
    table.string('actor', REF).notNullable();
    table.string('at', TIMESTAMP).notNullable();
    table.text('details').notNullable().comment('JSON object');
    table.index(['entity_ref', 'at'], 'maturity_audit_log_entity_idx');
  });

  await knex.schema.createTable('maturity_runs', table => {
    table.comment('One row per evaluation run');
    table.string('id', 36).primary().notNullable();
    table.string('trigger', 20).notNullable();
    table.string('status', 20).notNullable();
    table.string('started_at', TIMESTAMP).notNullable();
    table.string('finished_at', TIMESTAMP).nullable();
    table.integer('entities').notNullable();
    table.integer('changed_entities').notNullable();
    table.integer('errors').notNullable();
    table
      .text('error_details')
      .notNullable()
      .comment('JSON array, at most 100 entries');
    table.index(['started_at'], 'maturity_runs_started_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_runs');
  await knex.schema.dropTable('maturity_audit_log');
  await knex.schema.dropTable('maturity_waivers');
  await knex.schema.dropTable('maturity_attestations');
  await knex.schema.dropTable('maturity_rollup_snapshots');
  await knex.schema.dropTable('maturity_group_closure');
  await knex.schema.dropTable('maturity_groups');
  await knex.schema.dropTable('maturity_level_history');
  await knex.schema.dropTable('maturity_check_results');
  await knex.schema.dropTable('maturity_domain_levels');
  await knex.schema.dropTable('maturity_entities');
};
