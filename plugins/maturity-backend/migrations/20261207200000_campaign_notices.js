// @ts-check

/*
 * Campaign notices (issue #14): what the campaign task has already done, so
 * that it never does it twice. The notifications backend would update a
 * notification sent again with the same scope, but that marks it unread
 * again.
 *
 * - `maturity_campaign_notices`: one row per campaign, event (`start`,
 *   `reminder`, `end`), recipient (an entity ref, or `-` for the published
 *   event) and day (the day the notice is for: the start date, the
 *   reminder's day, the target date).
 */

const REF = 255;
const TIMESTAMP = 30;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_campaign_notices', table => {
    table.comment('Campaign notifications and events already sent');
    table.string('campaign_id', 63).notNullable();
    table.string('event', 20).notNullable().comment('start | reminder | end');
    table
      .string('recipient', REF)
      .notNullable()
      .comment('entity ref notified, or - for the published event');
    table.string('day', 10).notNullable().comment('YYYY-MM-DD');
    table.string('sent_at', TIMESTAMP).notNullable();
    table.primary(['campaign_id', 'event', 'recipient', 'day']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_campaign_notices');
};
