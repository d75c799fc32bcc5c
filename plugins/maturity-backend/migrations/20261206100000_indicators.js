// @ts-check

/*
 * Indicators (KPIs) of a model: what each entity contributes, and one value
 * per indicator × group × day.
 *
 * - `maturity_indicator_samples`: per entity and model, a JSON object of
 *   indicator id → number, or null for "no data"; indicators whose scope
 *   leaves the entity out have no key. Written with the entity's
 *   evaluation, deleted with its results.
 * - `maturity_indicator_values`: the aggregate of the samples of a group's
 *   entities and those of every nested group (`group_ref` '' = every
 *   entity, the org), one row per day, replaced by a later run that day.
 */

const REF = 255;
const ID = 255;
const TIMESTAMP = 30;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_indicator_samples', table => {
    table.comment('What each entity contributes to the indicators, per model');
    table.string('model_id', ID).notNullable();
    table.string('entity_ref', REF).notNullable();
    table
      .text('samples')
      .notNullable()
      .comment('JSON object: indicator id to number, or null for no data');
    table
      .string('updated_at', TIMESTAMP)
      .notNullable()
      .comment('Last change of the samples');
    table.primary(['model_id', 'entity_ref']);
  });

  await knex.schema.createTable('maturity_indicator_values', table => {
    table.comment('Daily value of each indicator per group (nested) and org');
    table.string('model_id', ID).notNullable();
    table.string('indicator_id', ID).notNullable();
    table
      .string('group_ref', REF)
      .notNullable()
      .comment("The group, or '' for every entity (the org)");
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table
      .double('value')
      .nullable()
      .comment('The aggregate; null when no entity had data');
    table.integer('entity_count').notNullable();
    table.integer('no_data_count').notNullable();
    table.string('computed_at', TIMESTAMP).notNullable();
    table.primary(['model_id', 'group_ref', 'indicator_id', 'day']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_indicator_values');
  await knex.schema.dropTable('maturity_indicator_samples');
};
