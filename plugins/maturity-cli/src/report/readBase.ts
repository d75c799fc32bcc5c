import fs from 'fs';
import path from 'path';
import { CliError } from '../lib/errors';
import type { BaseDescription, EntityLevels } from './compareWithBase';

/** The levels of the base, and what it was. */
export interface BaseLevels {
  description: BaseDescription;
  levels: EntityLevels[];
}

/** Where a value of the report is wrong, e.g. `entities[3].level`. */
class ReportShapeError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether parsed JSON is a report of `maturity evaluate --format json`. */
function isReport(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    Array.isArray(value.entities) &&
    isRecord(value.model) &&
    typeof value.evaluatedAt === 'string'
  );
}

function levelAt(value: unknown, where: string): number | null {
  if (value === null || (typeof value === 'number' && Number.isInteger(value)))
    return value;
  throw new ReportShapeError(`${where} must be a whole number or null`);
}

function stringAt(value: unknown, where: string): string {
  if (typeof value === 'string' && value !== '') return value;
  throw new ReportShapeError(`${where} must be a non-empty string`);
}

/** The levels of every entity of a JSON report, checked field by field. */
function reportLevels(
  report: Record<string, unknown>,
  domainId: string | undefined,
): EntityLevels[] {
  const reportDomain = report.domainId ?? null;
  return (report.entities as unknown[]).map((entity, i) => {
    const at = `entities[${i}]`;
    if (!isRecord(entity))
      throw new ReportShapeError(`${at} must be an object`);
    if (!Array.isArray(entity.domains)) {
      throw new ReportShapeError(`${at}.domains must be a list`);
    }
    const domains = entity.domains.map((domain, j) => {
      const where = `${at}.domains[${j}]`;
      if (!isRecord(domain))
        throw new ReportShapeError(`${where} must be an object`);
      const id = stringAt(domain.domainId, `${where}.domainId`);
      const level = levelAt(domain.level, `${where}.level`);
      return {
        domainId: id,
        title: typeof domain.title === 'string' ? domain.title : id,
        level: domain.applicable === false ? null : level,
      };
    });
    let level = levelAt(entity.level, `${at}.level`);
    if (domainId !== undefined && reportDomain === null) {
      // a report of every domain compared with one domain: that domain's level
      level = domains.find(d => d.domainId === domainId)?.level ?? null;
    }
    return {
      entityRef: stringAt(entity.entityRef, `${at}.entityRef`),
      level,
      domains: domainId
        ? domains.filter(d => d.domainId === domainId)
        : domains,
    };
  });
}

function fromReport(
  file: string,
  report: Record<string, unknown>,
  expected: { modelId: string; domainId?: string },
): BaseLevels {
  const model = report.model as Record<string, unknown>;
  if (model.id !== expected.modelId) {
    throw new CliError(
      `--base ${file}: the report is of model ${String(model.id)}, not ${
        expected.modelId
      }; levels of different models cannot be compared (give --model ${String(
        model.id,
      )}, or a base catalog)`,
    );
  }
  const reportDomain = report.domainId ?? null;
  if (reportDomain !== null && reportDomain !== expected.domainId) {
    throw new CliError(
      `--base ${file}: the report covers only domain ${String(
        reportDomain,
      )} (made with --domain ${String(
        reportDomain,
      )}); evaluate with the same --domain, or give a report of every domain`,
    );
  }
  try {
    return {
      description: {
        path: file,
        form: 'report',
        evaluatedAt: report.evaluatedAt as string,
      },
      levels: reportLevels(report, expected.domainId),
    };
  } catch (error) {
    if (error instanceof ReportShapeError) {
      throw new CliError(
        `--base ${file}: not a report of maturity evaluate --format json: ${error.message}`,
      );
    }
    throw error;
  }
}

/**
 * The catalog files of the base checkout `dir`: those given on the command
 * line at the same paths relative to the working directory; files it does not
 * have are left out (their entities are new).
 */
export function baseCatalogFiles(
  dir: string,
  files: ReadonlyArray<string>,
  cwd: string = process.cwd(),
): string[] {
  return files.flatMap(file => {
    const relative = path.relative(cwd, path.resolve(cwd, file));
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new CliError(
        `--base ${dir}: ${file} is outside the working directory, so its place in the base checkout is unknown; run from the repository root, or give --base the base's catalog file`,
      );
    }
    const inBase = path.join(dir, relative);
    return fs.existsSync(inBase) ? [inBase] : [];
  });
}

/**
 * Reads `--base`: a directory is a checkout of the base branch (e.g. a
 * `git worktree`) whose catalog files at the paths given are evaluated by
 * `evaluateCatalog`; a file is a JSON report of `maturity evaluate --format
 * json` when its content is one, else a catalog file of the base, evaluated.
 */
export async function readBase(options: {
  base: string;
  files: ReadonlyArray<string>;
  modelId: string;
  domainId?: string;
  evaluateCatalog: (files: string[]) => Promise<EntityLevels[]>;
  cwd?: string;
}): Promise<BaseLevels> {
  const { base } = options;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(base);
  } catch {
    throw new CliError(`--base ${base}: no such file or directory`);
  }
  const catalog = (files: string[]): Promise<BaseLevels> =>
    options.evaluateCatalog(files).then(levels => ({
      description: { path: base, form: 'catalog' },
      levels,
    }));
  if (stat.isDirectory()) {
    return catalog(baseCatalogFiles(base, options.files, options.cwd));
  }
  let text: string;
  try {
    text = fs.readFileSync(base, 'utf8');
  } catch (error) {
    throw new CliError(`--base ${base}: ${(error as Error).message}`);
  }
  if (text.trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined; // YAML in flow style, or broken: read as a catalog
    }
    if (isReport(value)) return fromReport(base, value, options);
  }
  return catalog([base]);
}
