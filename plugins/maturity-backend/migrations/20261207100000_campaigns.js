// @ts-check

/*
 * Campaigns (issue #14): a goal (levels per domain or overall) for the
 * entities of a scope by a date.
 *
 * - `maturity_campaigns`: the definitions managed through the API (app-config
 *   campaigns are never stored). Targets and scope are JSON text.
 * - `maturity_campaign_audit`: append-only trail of creations, updates
 *   (before/after of each changed field) and archivings.
 * - `maturity_entities.tags`: the entity's `metadata.tags` (JSON array), so
 *   that campaign scopes can filter on tags without reading the catalog.
 *   Progress itself is derived from the current levels and the level
 *   history, never stored.
 */

const REF = 255;
const ID = 255;
const TIMESTAMP = 30;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_campaigns', table => {
    table.comment('Campaigns managed through the API');
    table.string('id', 63).primary().notNullable();
    table.text('title').notNullable();
    table.text('description').nullable().comment('Markdown');
    table.string('owner_ref', REF).notNullable();
    table.string('model_id', ID).notNullable();
    table
      .text('targets')
      .notNullable()
      .comment('JSON array of { domain, level }');
    table.text('scope').notNullable().comment('JSON { groups?, filter? }');
    table.string('start_date', 10).notNullable().comment('YYYY-MM-DD');
    table.string('target_date', 10).notNullable().comment('YYYY-MM-DD');
    table
      .string('state', 20)
      .notNullable()
      .comment('draft | active | completed | archived');
    table.string('created_by', REF).nullable();
    table.string('created_at', TIMESTAMP).notNullable();
    table.string('updated_by', REF).nullable();
    table.string('updated_at', TIMESTAMP).notNullable();
    table.index(['state'], 'maturity_campaigns_state_idx');
  });

  await knex.schema.createTable('maturity_campaign_audit', table => {
    table.comment('Append-only trail of campaign changes');
    table.increments('id');
    table.string('campaign_id', 63).notNullable();
    table
      .string('action', 20)
      .notNullable()
      .comment('create | update | archive');
    table.string('actor', REF).notNullable();
    table.string('at', TIMESTAMP).notNullable();
    table.text('changes').notNullable().comment('JSON object');
    table.index(['campaign_id', 'at'], 'maturity_campaign_audit_campaign_idx');
  });

  await knex.schema.alterTable('maturity_entities', table => {
    table
      .text('tags')
      .nullable()
      .comment('JSON array of metadata.tags; null before the next evaluation');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table.dropColumn('tags');
  });
  await knex.schema.dropTable('maturity_campaign_audit');
  await knex.schema.dropTable('maturity_campaigns');
};
