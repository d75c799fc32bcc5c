// @ts-check

/*
 * Attestations can be revoked with a reason (DELETE /attestations/{id}),
 * like waivers.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_attestations', table => {
    table
      .text('revoke_reason')
      .nullable()
      .comment('Why the attestation was revoked, when given');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_attestations', table => {
    table.dropColumn('revoke_reason');
  });
};
