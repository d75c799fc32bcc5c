// @ts-check

/*
 * Pushed facts (issue #16): facts that CI pipelines push with POST /facts,
 * one row per (entity, source, timestamp) with the facts as JSON text. The
 * unique key makes retries idempotent and serves the latest-per-entity-source
 * lookup (entity_ref, source, then timestamp descending); history older than
 * maturity.pushedFacts.retentionDays is pruned by the evaluation task.
 */

const REF = 255;
const NAME = 100;
const TIMESTAMP = 30;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_pushed_facts', table => {
    table.comment('Facts pushed by CI pipelines, with history');
    table.string('entity_ref', REF).notNullable();
    table
      .string('source', NAME)
      .notNullable()
      .comment('maturity.pushedFacts.sources key');
    table
      .string('timestamp', TIMESTAMP)
      .notNullable()
      .comment('when the facts were observed, ISO 8601 UTC');
    table.text('facts').notNullable().comment('JSON object, keys sorted');
    table.string('received_at', TIMESTAMP).notNullable();
    table
      .string('pushed_by', REF)
      .notNullable()
      .comment('user entity ref or service subject');
    table.unique(['entity_ref', 'source', 'timestamp'], {
      indexName: 'maturity_pushed_facts_key',
    });
    table.index(['timestamp'], 'maturity_pushed_facts_timestamp_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_pushed_facts');
};
