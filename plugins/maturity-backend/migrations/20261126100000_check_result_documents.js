// @ts-check

/*
 * Check results move from one row per check to one JSON document per entity
 * and model (`maturity_entity_checks`): a scorecard is read with one row, and
 * a full run writes one row per entity instead of one per check. Nothing
 * queries single check results across entities, so no index is lost.
 *
 * A document is a JSON array with one positional array per check:
 * `[checkId, domainId, capabilityId, level, status, source, message, updatedAt, value?]`
 * (`value` absent when the result has none; see src/store/checkDocument.ts). `maturity_model_checks` remembers, per
 * model, the check and domain ids that stored results were last cleaned
 * against, so that documents are scanned for stale checks only after the
 * model changed.
 *
 * Existing results are converted in both directions.
 */

const REF = 255;
const ID = 255;
const TIMESTAMP = 30;
const PAGE = 500;

/**
 * Calls `each` with the distinct (model_id, entity_ref) pairs of a table,
 * page by page.
 *
 * @param {import('knex').Knex} knex
 * @param {string} table
 * @param {(keys: Array<{ model_id: string, entity_ref: string }>) => Promise<void>} each
 */
async function forEachEntityPage(knex, table, each) {
  const keys = await knex(table)
    .distinct('model_id', 'entity_ref')
    .orderBy(['model_id', 'entity_ref']);
  for (let start = 0; start < keys.length; start += PAGE) {
    await each(keys.slice(start, start + PAGE));
  }
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_entity_checks', table => {
    table.comment('The current check results of each entity, per model');
    table.string('model_id', ID).notNullable();
    table.string('entity_ref', REF).notNullable();
    table.text('checks').notNullable().comment('JSON array of check results');
    table.primary(['model_id', 'entity_ref']);
  });

  await knex.schema.createTable('maturity_model_checks', table => {
    table.comment(
      'Per model, the ids stored results were last cleaned against',
    );
    table.string('model_id', ID).primary().notNullable();
    table
      .string('ids_key', 64)
      .notNullable()
      .comment('SHA-256 of the sorted check and domain ids');
  });

  await forEachEntityPage(knex, 'maturity_check_results', async keys => {
    for (const { model_id, entity_ref } of keys) {
      const rows = await knex('maturity_check_results')
        .where({ model_id, entity_ref })
        .orderBy(['domain_id', 'check_id']);
      const checks = rows.map(row => [
        row.check_id,
        row.domain_id,
        row.capability_id,
        Number(row.level),
        row.status,
        row.source,
        row.message,
        row.updated_at,
        ...(row.value === null ? [] : [JSON.parse(row.value)]),
      ]);
      await knex('maturity_entity_checks').insert({
        model_id,
        entity_ref,
        checks: JSON.stringify(checks),
      });
    }
  });

  await knex.schema.dropTable('maturity_check_results');
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.createTable('maturity_check_results', table => {
    table.comment('The current result of each check for each entity');
    table.string('model_id', ID).notNullable();
    table.string('entity_ref', REF).notNullable();
    table.string('check_id', ID).notNullable();
    table.string('domain_id', ID).notNullable();
    table.string('capability_id', ID).notNullable();
    table.integer('level').notNullable();
    table.string('status', 20).notNullable();
    table.text('value').nullable().comment('JSON; null when absent');
    table.text('message').notNullable();
    table.string('source', 20).notNullable();
    table
      .string('updated_at', TIMESTAMP)
      .notNullable()
      .comment('Last change of this result');
    table.primary(['model_id', 'entity_ref', 'check_id']);
    table.index(['model_id', 'check_id'], 'maturity_check_results_check_idx');
  });

  await forEachEntityPage(knex, 'maturity_entity_checks', async keys => {
    for (const { model_id, entity_ref } of keys) {
      const { checks } = await knex('maturity_entity_checks')
        .where({ model_id, entity_ref })
        .first();
      // the first layout is an array of results with their times; later
      // documents hold a table of times (t), each result's index into it
      // (i) and the results without times (c)
      const document = JSON.parse(checks);
      const legacy = Array.isArray(document);
      const results = legacy ? document : document.c;
      for (const [n, fields] of results.entries()) {
        const valueAt = legacy ? 8 : 7;
        await knex('maturity_check_results').insert({
          model_id,
          entity_ref,
          check_id: fields[0],
          domain_id: fields[1],
          capability_id: fields[2],
          level: fields[3],
          status: fields[4],
          source: fields[5],
          message: fields[6],
          updated_at: legacy ? fields[7] : document.t[document.i[n]],
          value:
            fields.length > valueAt ? JSON.stringify(fields[valueAt]) : null,
        });
      }
    }
  });

  await knex.schema.dropTable('maturity_model_checks');
  await knex.schema.dropTable('maturity_entity_checks');
};
