// @ts-check

/*
 * Saved reports (issue #15): frozen evidence packs. A row is written once and
 * never updated: the report document (JSON) and its HTML and Markdown
 * renderings exactly as generated, each with the SHA-256 of its stored text
 * (UTF-8), so a saved report is served byte for byte as it was hashed and
 * survives model changes. On PostgreSQL with lz4 the content columns are
 * compressed with it (a department's report is tens of megabytes of text).
 */

const REF = 255;
const ID = 255;
const TIMESTAMP = 30;
const SHA256_HEX = 64;

/**
 * @param {import('knex').Knex} knex
 * @returns {Promise<boolean>}
 */
async function supportsLz4(knex) {
  if (knex.client.dialect !== 'postgresql') return false;
  const { rows } = await knex.raw(
    "select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)",
  );
  return rows.length > 0;
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_reports', table => {
    table.comment('Saved (frozen) maturity reports; immutable');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table.string('scope_ref', REF).notNullable();
    table.string('scope_kind', 20).notNullable().comment('system | group');
    table.string('model_id', ID).notNullable();
    table.string('model_version', ID).notNullable();
    table.string('language', 35).notNullable();
    table.text('domains').nullable().comment('JSON array; null = all');
    table.string('created_by', REF).notNullable();
    table.string('created_at', TIMESTAMP).notNullable();
    table.text('content_json').notNullable();
    table.string('sha256', SHA256_HEX).notNullable().comment('of content_json');
    table.text('content_html').notNullable();
    table.string('html_sha256', SHA256_HEX).notNullable();
    table.text('content_markdown').notNullable();
    table.string('markdown_sha256', SHA256_HEX).notNullable();
    table.integer('size').notNullable().comment('bytes of content_json');
    table.index(['scope_ref', 'created_at'], 'maturity_reports_scope_idx');
  });
  if (await supportsLz4(knex)) {
    for (const column of ['content_json', 'content_html', 'content_markdown']) {
      await knex.raw(
        `alter table maturity_reports alter column ${column} set compression lz4`,
      );
    }
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_reports');
};
