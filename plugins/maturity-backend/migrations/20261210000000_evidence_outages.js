// @ts-check

/*
 * Staleness is data (issue #17): which evidence sources could not be read
 * for an entity, since when, and which checks kept an earlier result
 * because of it.
 *
 * - `maturity_evidence_outages`: one row per (entity, source) found down by
 *   the latest evaluation of the entity; the first evaluation that reads the
 *   source again deletes it. `since` is the first evaluation that found it
 *   down, `last_success_at` the last one that read it (null when unknown),
 *   `kept_checks` a JSON object model id → check ids kept because of it.
 * - `maturity_runs.sources_down`: JSON array of the sources a run could not
 *   read, with how many entities and the first message; null when none.
 */

const REF = 255;
const NAME = 100;
const TIMESTAMP = 30;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_evidence_outages', table => {
    table.comment('Evidence sources that could not be read, per entity');
    table.string('entity_ref', REF).notNullable();
    table
      .string('source', NAME)
      .notNullable()
      .comment('evidence source, e.g. techInsights');
    table
      .string('since', TIMESTAMP)
      .notNullable()
      .comment('first evaluation that found it down, ISO 8601 UTC');
    table
      .string('last_failure_at', TIMESTAMP)
      .notNullable()
      .comment('latest evaluation that found it down');
    table
      .string('last_success_at', TIMESTAMP)
      .nullable()
      .comment('last evaluation that read it; null when unknown');
    table.text('message').notNullable();
    table
      .text('kept_checks')
      .notNullable()
      .comment('JSON object: model id to the check ids kept because of it');
    table.primary(['entity_ref', 'source']);
  });
  await knex.schema.alterTable('maturity_runs', table => {
    table
      .text('sources_down')
      .nullable()
      .comment('JSON array: sources that could not be read, with counts');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_runs', table => {
    table.dropColumn('sources_down');
  });
  await knex.schema.dropTable('maturity_evidence_outages');
};
