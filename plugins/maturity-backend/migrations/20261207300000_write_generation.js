// @ts-check

/*
 * One counter that every write changing what cached reads return moves on
 * (src/store/writeGeneration.ts): an instance whose cached rollups or
 * campaign scopes have reached their time to live reads it, and keeps them
 * when no instance wrote since, instead of reading them again.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_write_generation', table => {
    table.comment('One row: the generation of the stored results');
    table.integer('id').primary().notNullable();
    table.bigInteger('generation').notNullable();
  });
  await knex('maturity_write_generation').insert({ id: 1, generation: 0 });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_write_generation');
};
