// @ts-check

/*
 * Check placements (src/store/checkPlacements.ts): per model version, the
 * domain, capability and level of every check, under the SHA-256 of their
 * JSON. A check result document refers to them by that id instead of
 * repeating three fields per result; content-addressed, a row never changes.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_check_placements', table => {
    table.comment('Check placements of model versions, by their SHA-256');
    table.string('id', 64).primary().notNullable().comment('SHA-256 (hex)');
    table
      .text('placements')
      .notNullable()
      .comment('JSON: {"<checkId>": [domainId, capabilityId, level]}');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_check_placements');
};
