import { createHash, randomUUID } from 'crypto';
import type {
  SavedReport,
  SavedReportFormat,
} from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { TABLES } from '../tables';

/** What a saved report is made of, as generated. */
export interface SavedReportInput {
  scopeRef: string;
  scopeKind: 'system' | 'group';
  modelId: string;
  modelVersion: string;
  language: string;
  domains?: string[];
  createdBy: string;
  /** The texts to store, exactly as they will be served. */
  content: Record<SavedReportFormat, string>;
}

/** A saved report as listed (without its content). */
export type SavedReportSummary = SavedReport;

/** One stored rendering of a saved report. */
export interface SavedReportContent {
  summary: SavedReportSummary;
  content: string;
  /** SHA-256 (hex) of `content` as stored. */
  sha256: string;
}

interface ReportRow {
  id: string;
  scope_ref: string;
  scope_kind: string;
  model_id: string;
  model_version: string;
  language: string;
  domains: string | null;
  created_by: string;
  created_at: string;
  sha256: string;
  size: number | string;
  content_json?: string;
  html_sha256?: string;
  content_html?: string;
  markdown_sha256?: string;
  content_markdown?: string;
}

const SUMMARY_COLUMNS = [
  'id',
  'scope_ref',
  'scope_kind',
  'model_id',
  'model_version',
  'language',
  'domains',
  'created_by',
  'created_at',
  'sha256',
  'size',
];

const CONTENT_COLUMNS: Record<SavedReportFormat, [string, string]> = {
  json: ['content_json', 'sha256'],
  html: ['content_html', 'html_sha256'],
  markdown: ['content_markdown', 'markdown_sha256'],
};

/** SHA-256 (hex) of a text's UTF-8 bytes. */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function toSummary(row: ReportRow): SavedReportSummary {
  return {
    id: row.id,
    scopeRef: row.scope_ref,
    scopeKind: row.scope_kind as SavedReportSummary['scopeKind'],
    modelId: row.model_id,
    modelVersion: row.model_version,
    language: row.language,
    ...(row.domains ? { domains: JSON.parse(row.domains) } : {}),
    createdBy: row.created_by,
    createdAt: row.created_at,
    sha256: row.sha256,
    size: Number(row.size),
  };
}

/** Stores a report once; its content is never updated. */
export async function saveReport(
  db: Knex,
  input: SavedReportInput,
  now: Date,
): Promise<SavedReportSummary> {
  const row: ReportRow = {
    id: randomUUID(),
    scope_ref: input.scopeRef,
    scope_kind: input.scopeKind,
    model_id: input.modelId,
    model_version: input.modelVersion,
    language: input.language,
    domains: input.domains?.length ? JSON.stringify(input.domains) : null,
    created_by: input.createdBy,
    created_at: now.toISOString(),
    content_json: input.content.json,
    sha256: sha256Of(input.content.json),
    content_html: input.content.html,
    html_sha256: sha256Of(input.content.html),
    content_markdown: input.content.markdown,
    markdown_sha256: sha256Of(input.content.markdown),
    size: Buffer.byteLength(input.content.json, 'utf8'),
  };
  await db(TABLES.reports).insert(row);
  return toSummary(row);
}

/** The saved reports of a scope (all when absent), newest first. */
export async function listReports(
  db: Knex,
  scopeRef?: string,
): Promise<SavedReportSummary[]> {
  const rows: ReportRow[] = await db(TABLES.reports)
    .select(SUMMARY_COLUMNS)
    .modify(q => {
      if (scopeRef) q.where('scope_ref', scopeRef);
    })
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
  return rows.map(toSummary);
}

/** One stored rendering of a saved report; undefined when unknown. */
export async function getReportContent(
  db: Knex,
  id: string,
  format: SavedReportFormat,
): Promise<SavedReportContent | undefined> {
  const [contentColumn, hashColumn] = CONTENT_COLUMNS[format];
  const row: ReportRow | undefined = await db(TABLES.reports)
    .select([...SUMMARY_COLUMNS, contentColumn, hashColumn])
    .where('id', id)
    .first();
  if (!row) return undefined;
  return {
    summary: toSummary(row),
    content: (row as unknown as Record<string, string>)[contentColumn],
    sha256: (row as unknown as Record<string, string>)[hashColumn],
  };
}
