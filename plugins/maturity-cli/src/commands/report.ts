import fs from 'fs';
import {
  buildReport,
  evaluateEntity,
  MaturityReport,
  renderReportHtml,
  renderReportMarkdown,
} from '@devops-maturity/plugin-maturity-common';
import { expandCatalogPaths } from '../lib/catalogPaths';
import { CliError, ExitCode, ExitCodeValue } from '../lib/errors';
import { offlineEvidence } from '../lib/evidence';
import type { CliIo } from '../lib/io';
import { noteLanguageFallback } from '../lib/languageNote';
import { Messages, messagesFor } from '../lib/messages';
import { assertDomain, loadModel } from '../lib/models';
import { reportEntityInput } from '../scope/reportEntityInput';
import { parseScopeRef, selectReportScope } from '../scope/reportScope';
import { version } from '../../package.json';
import { readCatalogInput, readFactsOrFail, reportProblems } from './evaluate';

/** Options of `maturity report`. */
export interface ReportOptions {
  scope: string;
  model?: string;
  /** Domain ids (`--domains sre,cd`). */
  domains?: string[];
  format: 'html' | 'markdown' | 'json';
  lang?: string;
  output?: string;
  facts: string[];
  baselineDate?: string;
  /** The repository root Location and placeholder targets must stay in (`--root`). */
  root?: string;
}

/** The offline notes of the appendix, in the CLI's language. */
function offlineNotes(
  messages: Messages,
  filesRead: string[],
  factsFiles: string[],
): string[] {
  const separator = messages.text('list.separator');
  return [
    messages.text('report.note.offline', { files: filesRead.join(separator) }),
    messages.text('report.note.history'),
    messages.text('report.note.facts', {
      facts: factsFiles.length
        ? factsFiles.join(separator)
        : messages.text('report.note.noFacts'),
    }),
  ];
}

function render(document: MaturityReport, format: ReportOptions['format']) {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  if (format === 'html') return renderReportHtml(document);
  return renderReportMarkdown(document);
}

/**
 * `maturity report --scope <system|group> <catalog files/dirs…>`: the
 * assessment report (evidence pack) of a system with its parts or a group
 * with its nested teams, evaluated offline from catalog files. Exit 1 when a
 * document of the catalog files is invalid (the report covers the rest).
 */
export async function report(
  paths: string[],
  options: ReportOptions,
  io: CliIo,
): Promise<ExitCodeValue> {
  const scopeRef = parseScopeRef(options.scope);
  const {
    compiled,
    model,
    report: textModel,
    language,
  } = loadModel(options.model, options.lang);
  const domains = options.domains?.length ? options.domains : undefined;
  domains?.forEach(domainId => assertDomain(model, domainId));
  noteLanguageFallback(io, model.id, options.lang, language);
  const messages = messagesFor(options.lang);
  const now = new Date();
  const files = expandCatalogPaths(paths);
  const catalog = await readCatalogInput(files, options.root, io);
  const { entities, problems } = catalog;
  const facts = readFactsOrFail(options.facts, now, model, catalog);
  // the files named, then those their Location entities point to
  const filesRead = [
    ...new Set([
      ...files,
      ...entities.map(e => e.file),
      ...problems.map(p => p.file),
    ]),
  ];
  const scope = selectReportScope(scopeRef, entities, filesRead);

  const evaluatedAt = now.toISOString();
  const evaluateOptions = { now, baselineDate: options.baselineDate };
  const document = buildReport({
    scope: {
      kind: scope.kind,
      entityRef: scope.entityRef,
      ...(scope.title ? { title: scope.title } : {}),
    },
    model: textModel.model,
    // the report's own words follow --lang even when the model lacks it
    language: options.lang ?? language,
    generatedAt: now,
    generatedBy: `maturity-cli ${version} (offline)`,
    domains,
    entities: scope.entities.map(item =>
      reportEntityInput(
        model,
        item,
        evaluateEntity(
          compiled,
          offlineEvidence(item, facts.get(item.entityRef)),
          evaluateOptions,
        ),
        evaluatedAt,
      ),
    ),
    history: [],
    attestationsIncluded: false,
  });
  document.appendix.notes.push(
    ...offlineNotes(messages, filesRead, options.facts),
  );

  const text = render(document, options.format);
  if (options.output) {
    try {
      fs.writeFileSync(options.output, text, 'utf8');
    } catch (error) {
      throw new CliError(
        `cannot write ${options.output}: ${(error as Error).message}`,
      );
    }
  } else {
    io.stdout.write(text);
  }
  reportProblems(problems, io, 'catalog files');
  return problems.length > 0 ? ExitCode.FAILED : ExitCode.OK;
}
