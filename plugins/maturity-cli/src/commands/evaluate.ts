import { evaluateEntity } from '@devops-maturity/plugin-maturity-common';
import { readCatalogFiles } from '../lib/catalogFiles';
import { CliError, ExitCode, ExitCodeValue } from '../lib/errors';
import { offlineEvidence } from '../lib/evidence';
import { EntityFacts, readFactsFiles } from '../lib/factsFiles';
import type { CliIo } from '../lib/io';
import { assertDomain, loadModel } from '../lib/models';
import { formatProblem, InputProblem, sortProblems } from '../lib/problems';
import { Progress } from '../lib/progress';
import { buildEntityReport, ReportDetail } from '../report/buildReport';
import { formatJson } from '../report/formatJson';
import { formatMarkdown } from '../report/formatMarkdown';
import { formatTable } from '../report/formatTable';
import type { EvaluationReport } from '../report/types';

/** How much each output format shows of an entity. */
const DETAIL: Record<EvaluateOptions['format'], ReportDetail> = {
  table: 'next',
  markdown: 'passing',
  json: 'all',
};

/** Options of `maturity evaluate`. */
export interface EvaluateOptions {
  model?: string;
  facts: string[];
  domain?: string;
  format: 'table' | 'json' | 'markdown';
  quiet?: boolean;
}

/** Reads `--facts` files; any problem fails the command (exit 2), listing them all. */
export function readFactsOrFail(
  files: string[],
  now: Date,
): Map<string, EntityFacts> {
  if (files.length === 0) return new Map();
  const { facts, problems } = readFactsFiles(files, now);
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
  const { compiled, model, file: modelFile } = loadModel(options.model);
  assertDomain(model, options.domain);
  const now = new Date();
  const facts = readFactsOrFail(options.facts, now);
  progress.phase(
    `reading ${
      files.length === 1 ? files[0] : `${files.length} catalog files`
    }…`,
  );
  const { entities, problems } = await readCatalogFiles(files);

  progress.start('evaluating', entities.length);
  const report: EvaluationReport = {
    model: {
      id: model.id,
      title: model.title,
      version: model.version,
      file: modelFile,
    },
    evaluatedAt: now.toISOString(),
    offline: true,
    domainId: options.domain ?? null,
    entities: [],
    problems: sortProblems(problems),
  };
  entities.forEach((item, index) => {
    const evaluation = evaluateEntity(
      compiled,
      offlineEvidence(item, facts.get(item.entityRef)),
      { now },
    );
    report.entities.push(
      buildEntityReport({
        compiled,
        item,
        evaluation,
        domainId: options.domain,
        detail: DETAIL[options.format],
      }),
    );
    progress.tick(index + 1);
  });
  progress.finish(`evaluated ${entities.length} entities against ${model.id}`);

  reportProblems(problems, io, 'catalog files');
  if (options.format === 'json') {
    io.stdout.write(formatJson(report));
  } else if (options.format === 'markdown') {
    io.stdout.write(formatMarkdown(report));
  } else {
    io.stdout.write(formatTable(report));
  }
  return problems.length > 0 ? ExitCode.FAILED : ExitCode.OK;
}
