import { InputError, NotFoundError } from '@backstage/errors';
import {
  CompiledModel,
  isLanguageTag,
  MaturityReport,
  renderReportHtml,
  renderReportMarkdown,
} from '@devops-maturity/plugin-maturity-common';
import type express from 'express';
import type { ModelRegistry } from '../../model/ModelRegistry';
import { readScopeKind } from '../../reports/readReportScope';
import type { ReportGenerator } from '../../reports/ReportGenerator';
import type { MaturityStore } from '../../store/MaturityStore';
import type { SavedReportFormat } from '@devops-maturity/plugin-maturity-common';
import { parseAcceptLanguage, requestedLanguages } from '../requestLanguages';
import {
  entityRefFromPath,
  modelParam,
  parseEntityRefParam,
} from '../requestParsing';

/** What the report routes need. */
export interface ReportRoutesOptions {
  generator: ReportGenerator;
  store: MaturityStore;
  models: ModelRegistry;
  /** Authorises reading maturity data; answers who asks. */
  readAccess(req: express.Request): Promise<string>;
  /** Authorises saving a report (`maturity.report.create`); answers who asks. */
  createAccess(req: express.Request): Promise<string>;
  /** The current time (tests); the clock by default. */
  now?: () => Date;
}

const CONTENT_TYPES: Record<SavedReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
};

/** A report page may show only its own inline styles: no script, no fetch. */
const HTML_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function formatParam(value: unknown): SavedReportFormat {
  if (value === undefined) return 'json';
  if (value === 'json' || value === 'html' || value === 'markdown') {
    return value;
  }
  throw new InputError(
    `Invalid format '${String(value)}': expected json, html or markdown`,
  );
}

/** `domains`: domain ids of the model, comma-separated or repeated. */
export function domainsParam(
  compiled: CompiledModel,
  value: unknown,
): string[] | undefined {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap(v =>
    String(v)
      .split(',')
      .map(s => s.trim())
      .filter(Boolean),
  );
  const ids = compiled.model.domains.map(d => d.id);
  const unknown = list.filter(id => !ids.includes(id));
  if (unknown.length || !list.length) {
    throw new InputError(
      `Invalid domains '${String(value)}': unknown domain ${
        unknown.length
          ? unknown.map(id => `'${id}'`).join(', ')
          : '(none given)'
      } in model '${compiled.model.id}' (domains: ${ids.join(', ')})`,
    );
  }
  return [...new Set(list)];
}

function send(
  res: express.Response,
  format: SavedReportFormat,
  body: string,
  sha256?: string,
) {
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (format === 'html') res.setHeader('Content-Security-Policy', HTML_POLICY);
  if (sha256) {
    res.setHeader('X-Content-SHA256', sha256);
    res.setHeader('ETag', `"sha256-${sha256}"`);
  }
  res.send(body);
}

/** The report's text in a format. */
function render(report: MaturityReport, format: SavedReportFormat): string {
  if (format === 'html') return renderReportHtml(report);
  if (format === 'markdown') return renderReportMarkdown(report);
  return JSON.stringify(report);
}

/**
 * `GET /reports/{kind}/{namespace}/{name}` (a report generated now),
 * `POST /reports` (save a frozen report), `GET /reports` (saved reports of
 * a scope) and `GET /reports/saved/{id}` (one, exactly as stored).
 */
export function registerReportRoutes(
  router: express.Router,
  options: ReportRoutesOptions,
) {
  const { generator, store, models } = options;
  const now = options.now ?? (() => new Date());

  router.get('/reports/saved/:id', async (req, res) => {
    await options.readAccess(req);
    const format = formatParam(req.query.format);
    const stored = await store.getReportContent(req.params.id, format);
    if (!stored) {
      throw new NotFoundError(`No saved report ${req.params.id}`);
    }
    send(res, format, stored.content, stored.sha256);
  });

  router.get('/reports/:kind/:namespace/:name', async (req, res) => {
    const actor = await options.readAccess(req);
    const kind = readScopeKind(req.params.kind);
    const format = formatParam(req.query.format);
    const compiled = modelParam(models, req.query.model);
    const domains = domainsParam(compiled, req.query.domains);
    const { model: textModel, language } = models.inLanguage(
      compiled.model.id,
      requestedLanguages(req),
    );
    const report = await generator.generate({
      kind,
      entityRef: entityRefFromPath({ ...req.params, kind }),
      compiled,
      textModel,
      language,
      domains,
      generatedBy: actor,
      now: now(),
    });
    res.setHeader('Content-Language', language);
    res.vary('Accept-Language');
    send(res, format, render(report, format));
  });

  router.get('/reports', async (req, res) => {
    await options.readAccess(req);
    const scope =
      req.query.scope === undefined
        ? undefined
        : parseEntityRefParam(req.query.scope, 'scope');
    res.json({ items: await store.listReports(scope) });
  });

  router.post('/reports', async (req, res) => {
    const body = req.body as {
      scope: string;
      model?: string;
      domains?: string[];
      lang?: string;
    };
    const scopeRef = parseEntityRefParam(body.scope, 'scope');
    const kind = readScopeKind(scopeRef.split(':')[0], 'scope');
    const compiled = modelParam(models, body.model);
    const domains =
      body.domains === undefined
        ? undefined
        : domainsParam(compiled, body.domains);
    if (body.lang !== undefined && !isLanguageTag(body.lang)) {
      throw new InputError(
        `lang '${body.lang}' is not a BCP 47 language tag (e.g. en, zh-CN)`,
      );
    }
    const actor = await options.createAccess(req);
    const { model: textModel, language } = models.inLanguage(
      compiled.model.id,
      [
        ...(body.lang ? [body.lang] : []),
        ...parseAcceptLanguage(req.get('accept-language')),
      ],
    );
    const at = now();
    const report = await generator.generate({
      kind,
      entityRef: scopeRef,
      compiled,
      textModel,
      language,
      domains,
      generatedBy: actor,
      now: at,
    });
    const saved = await store.saveReport(
      {
        scopeRef: report.cover.scope.entityRef,
        scopeKind: kind,
        modelId: compiled.model.id,
        modelVersion: compiled.model.version,
        language,
        domains,
        createdBy: actor,
        content: {
          json: render(report, 'json'),
          html: render(report, 'html'),
          markdown: render(report, 'markdown'),
        },
      },
      at,
    );
    res.status(201).json(saved);
  });
}
