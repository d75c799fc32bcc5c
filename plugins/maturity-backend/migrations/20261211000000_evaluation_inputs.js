// @ts-check

/*
 * Skipping unchanged evaluations: what the latest evaluation of an entity
 * under a model read, and until when its result holds.
 *
 * - `maturity_entities.evidence_digest`: SHA-256 of the evidence, the
 *   compiled model, the baseline date and the digest layout of the latest
 *   evaluation; null when unknown (then the entity is evaluated).
 * - `maturity_entities.valid_until`: ISO 8601 UTC moment from which the
 *   same inputs may give another result (an age passing a limit, an
 *   expiry, the next day); null when unknown.
 */

const DIGEST = 64;
const TIMESTAMP = 30;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table
      .string('evidence_digest', DIGEST)
      .nullable()
      .comment('SHA-256 of what the latest evaluation read');
    table
      .string('valid_until', TIMESTAMP)
      .nullable()
      .comment('until when the latest evaluation holds, ISO 8601 UTC');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table.dropColumn('valid_until');
    table.dropColumn('evidence_digest');
  });
};
