// @ts-check

/*
 * The full run's lease (issue #17): one row naming the run that holds it,
 * the holder's token and the run's heartbeat. A full run takes it with a
 * conditional update (free, or its heartbeat older than
 * maturity.runTakeoverAfter), beats it per page and on a timer, and frees it
 * at its end; a crashed instance's run stops blocking once its heartbeat is
 * stale, instead of for the scheduler's whole task timeout
 * (src/store/runLease.ts).
 */

const TIMESTAMP = 30;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_run_lease', table => {
    table.comment('One row: which full run holds the lease, and its heartbeat');
    table.integer('id').primary().notNullable();
    table
      .string('holder', 64)
      .nullable()
      .comment('token of the acquisition; null when free');
    table.string('run_id', 64).nullable().comment('maturity_runs.id');
    table.string('acquired_at', TIMESTAMP).nullable();
    table.string('heartbeat_at', TIMESTAMP).nullable();
  });
  await knex('maturity_run_lease').insert({ id: 1 });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_run_lease');
};
