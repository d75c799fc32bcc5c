// @ts-check

/*
 * Who started a run, and manual run requests.
 *
 * - `maturity_runs.actor`: the user entity ref or service subject that asked
 *   for a manual run; null for scheduled runs and entity refreshes.
 * - `maturity_run_requests`: `POST /runs` records a request here before it
 *   triggers the scheduled task, which may start on another instance; the
 *   run takes the requests when it starts and records itself as manual.
 */

const REF = 255;
const TIMESTAMP = 30;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_runs', table => {
    table
      .string('actor', REF)
      .nullable()
      .comment('Who asked for a manual run; null when not manual');
  });

  await knex.schema.createTable('maturity_run_requests', table => {
    table.comment('Manual runs asked for and not yet started');
    table.string('id', 36).primary().notNullable();
    table.string('actor', REF).notNullable();
    table.string('requested_at', TIMESTAMP).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_run_requests');
  await knex.schema.alterTable('maturity_runs', table => {
    table.dropColumn('actor');
  });
};
