import {
  evaluateEntity,
  MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import {
  CatalogEntity,
  CatalogReadResult,
  readCatalogFiles,
} from '../lib/catalogFiles';
import { markTargetsOutsideMissing } from '../lib/entityRelations';
import { CliError, ExitCode, ExitCodeValue } from '../lib/errors';
import { offlineEvidence } from '../lib/evidence';
import { EntityFacts, readFactsFiles } from '../lib/factsFiles';
import type { CliIo } from '../lib/io';
import { assertDomain, loadModel } from '../lib/models';
import { noteLanguageFallback } from '../lib/languageNote';
import { Messages, messagesFor } from '../lib/messages';
import { formatProblem, InputProblem, sortProblems } from '../lib/problems';
import { reportWarnings, whyNothingToEvaluate } from '../lib/inputWarnings';
import { resolveRepositoryRoot } from '../lib/repositoryRoot';
import { validateFactsFiles } from '../lib/validateFactsFiles';
import { Progress } from '../lib/progress';
import { BufferedOutput } from '../lib/bufferedOutput';
import { openOutputFile } from '../lib/outputFile';
import { buildEntityReport } from '../report/buildReport';
import {
  compareWithBase,
  EntityLevels,
  levelsOf,
} from '../report/compareWithBase';
import { createJsonFormatter } from '../report/formatJson';
import { createMarkdownFormatter } from '../report/formatMarkdown';
import { createTableFormatter } from '../report/formatTable';
import { readBase } from '../report/readBase';
import type {
  ReportDetail,
  ReportFormatter,
  ReportHeader,
} from '../report/types';

/** Options of `maturity evaluate`. */
export interface EvaluateOptions {
  model?: string;
  facts: string[];
  /** The programme's baseline date (`--baseline-date`, validated) for `trend` with `baseline: configured`. */
  baselineDate?: string;
  domain?: string;
  format: 'table' | 'json' | 'markdown';
  /** The language of the model's texts and of the report's words (`--lang`). */
  lang?: string;
  /** The files are the whole catalog: relation targets not in them do not exist. */
  wholeCatalog?: boolean;
  quiet?: boolean;
  /** The most characters of the Markdown (`--max-chars`); 60 000 by default. */
  maxChars?: number;
  /** Write the report to this file instead of stdout (`--output`). */
  output?: string;
  /** The base to compare levels with (`--base`): a checkout, a catalog file or a JSON report. */
  base?: string;
  /** The repository root Location and placeholder targets must stay in (`--root`). */
  root?: string;
}

/**
 * Reads `--facts` files and checks them against the model and the catalog
 * read (facts and retrievers the model never reads, values of the wrong
 * type, entities not in the catalog); any problem fails the command (exit 2),
 * listing them all.
 */
export function readFactsOrFail(
  files: string[],
  now: Date,
  model: MaturityModel,
  catalog: Pick<CatalogReadResult, 'entities'>,
): Map<string, EntityFacts> {
  if (files.length === 0) return new Map();
  const { facts, problems, entries, entities } = readFactsFiles(files, now);
  problems.push(
    ...validateFactsFiles({
      model,
      entries,
      entities,
      catalogRefs: new Set(catalog.entities.map(item => item.entityRef)),
    }),
  );
  if (problems.length > 0) {
    throw new CliError(
      `${problems.length} problem${
        problems.length === 1 ? '' : 's'
      } in facts files:\n${sortProblems(problems)
        .map(p => `  ${formatProblem(p)}`)
        .join('\n')}`,
    );
  }
  return facts;
}

/**
 * Reads catalog files within the repository root (`--root`, else the git
 * top-level of the first file); warnings go to stderr at once.
 */
export async function readCatalogInput(
  files: string[],
  rootOption: string | undefined,
  io: CliIo,
): Promise<CatalogReadResult> {
  const root = resolveRepositoryRoot(rootOption, files[0]);
  const result = await readCatalogFiles(files, { root });
  reportWarnings(result, io);
  return result;
}

/** Writes input problems to stderr, one a line. */
export function reportProblems(
  problems: InputProblem[],
  io: CliIo,
  what: string,
): void {
  if (problems.length === 0) return;
  const lines = sortProblems(problems).map(problem => formatProblem(problem));
  io.stderr.write(
    `${lines.join('\n')}\n${problems.length} problem${
      problems.length === 1 ? '' : 's'
    } in ${what}; the documents concerned were not evaluated\n`,
  );
}

function createFormatter(
  options: EvaluateOptions,
  header: ReportHeader,
  io: CliIo,
  messages: Messages,
): ReportFormatter {
  if (options.format === 'json') {
    return createJsonFormatter(header, {
      pretty: !options.output && Boolean(io.stdout.isTTY),
    });
  }
  if (options.format === 'markdown') {
    return createMarkdownFormatter(header, messages, {
      maxChars: options.maxChars,
    });
  }
  return createTableFormatter(header, messages);
}

/** Base documents that are invalid are left out of the comparison: a note, not a failure. */
function noteBaseProblems(count: number, base: string, io: CliIo): void {
  if (count === 0) return;
  io.stderr.write(
    `note: ${count} invalid document${
      count === 1 ? '' : 's'
    } in the base ${base} left out of the comparison (their entities count as new)\n`,
  );
}

/**
 * `maturity evaluate <catalog-info.yaml…>`: evaluates entities offline.
 * Exit 1 when a document of the catalog files is invalid (reported with file,
 * document, line and column; the valid ones are still evaluated).
 */
export async function evaluate(
  files: string[],
  options: EvaluateOptions,
  io: CliIo,
): Promise<ExitCodeValue> {
  const progress = new Progress({ stream: io.stderr, enabled: !options.quiet });
  const {
    compiled,
    model,
    file: modelFile,
    report,
    language,
  } = loadModel(options.model, options.lang);
  assertDomain(model, options.domain);
  noteLanguageFallback(io, model.id, options.lang, language);
  const now = new Date();
  progress.phase(
    `reading ${
      files.length === 1 ? files[0] : `${files.length} catalog files`
    }…`,
  );
  const catalog = await readCatalogInput(files, options.root, io);
  const { entities, problems } = catalog;
  if (options.wholeCatalog) markTargetsOutsideMissing(entities);
  const facts = readFactsOrFail(options.facts, now, model, catalog);
  if (entities.length === 0)
    io.stderr.write(`${whyNothingToEvaluate(catalog)}\n`);
  const evaluateOptions = { now, baselineDate: options.baselineDate };
  const messages = messagesFor(options.lang);
  const reportOf = (item: CatalogEntity, detail: ReportDetail) =>
    buildEntityReport({
      compiled: report,
      item,
      evaluation: evaluateEntity(
        compiled,
        offlineEvidence(item, facts.get(item.entityRef)),
        evaluateOptions,
      ),
      domainId: options.domain,
      detail,
      messages,
    });

  // The base before the output starts: its levels are small.
  const base = options.base
    ? await readBase({
        base: options.base,
        files,
        modelId: model.id,
        domainId: options.domain,
        evaluateCatalog: async baseFiles => {
          progress.phase(`reading the base ${options.base}…`);
          const read = await readCatalogFiles(baseFiles);
          noteBaseProblems(read.problems.length, options.base!, io);
          return read.entities.map(item => levelsOf(reportOf(item, 'next')));
        },
      })
    : undefined;

  progress.start('evaluating', entities.length);
  const header: ReportHeader = {
    model: {
      id: model.id,
      title: report.model.title,
      version: model.version,
      file: modelFile,
    },
    evaluatedAt: now.toISOString(),
    offline: true,
    domainId: options.domain ?? null,
    problems: sortProblems(problems),
  };
  const formatter = createFormatter(options, header, io, messages);
  // Opened once the base is read: `--base` may be the report `--output` replaces.
  const file = options.output ? openOutputFile(options.output) : undefined;
  // Each entity is formatted as soon as it is evaluated, and its evaluation
  // dropped: memory stays small and the collector has little to do.
  const output = new BufferedOutput(file ?? io.stdout);
  output.write(formatter.start());
  const levels: EntityLevels[] = [];
  entities.forEach((item, index) => {
    const entityReport = reportOf(item, formatter.detail);
    if (base) levels.push(levelsOf(entityReport));
    output.write(formatter.entity(entityReport));
    progress.tick(index + 1);
  });
  progress.finish(`evaluated ${entities.length} entities against ${model.id}`);

  reportProblems(problems, io, 'catalog files');
  output.write(
    formatter.end({
      changes: base
        ? compareWithBase(base.description, base.levels, levels)
        : undefined,
    }),
  );
  output.flush();
  file?.close();
  return problems.length > 0 ? ExitCode.FAILED : ExitCode.OK;
}
