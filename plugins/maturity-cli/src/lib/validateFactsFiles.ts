import {
  forEachCondition,
  MaturityModel,
  RuleCondition,
  suggest,
} from '@devops-maturity/plugin-maturity-common';
import type {
  FactEntry,
  FactsEntityEntry,
  FactsFileLocation,
} from './factsFiles';
import type { InputProblem } from './problems';
import { formatPath, YamlPath } from './yamlPosition';

/** The kind of value a model needs of a fact, from how it uses it. */
type Expected = 'number' | 'boolean' | 'date' | 'text or list';

/** One use of a fact by a model: which check or indicator, and how. */
interface FactUse {
  /** e.g. `check delivery-weekly compares it with gte`. */
  how: string;
  expected?: Expected;
}

/** The uses of each fact a model reads: namespace → group → fact name → uses. */
export type FactUses = Map<string, Map<string, Map<string, FactUse[]>>>;

function expectedOf(condition: RuleCondition): Expected | undefined {
  const { operator, value } = condition;
  switch (operator) {
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
    case 'trend':
      return 'number';
    case 'withinDays':
      return 'date';
    case 'contains':
      return 'text or list';
    case 'equals':
    case 'notEquals':
      if (typeof value === 'boolean') return 'boolean';
      return typeof value === 'number' ? 'number' : undefined;
    case 'in': {
      const list = Array.isArray(value) ? value : [];
      if (list.length && list.every(v => typeof v === 'boolean'))
        return 'boolean';
      return list.length && list.every(v => typeof v === 'number')
        ? 'number'
        : undefined;
    }
    default:
      // exists: any value; matches: text, a number or a list
      return undefined;
  }
}

/**
 * The facts a model reads from fact files: `<namespace>.<group>.<fact>`
 * addresses of its checks' rules and of its indicators (`techInsights`, and
 * any other namespace with that shape, e.g. pushed facts), with the kind of
 * value each use needs. A sub-path (`<fact>.a.b`) reads into an object: no
 * kind is required of the fact itself.
 */
export function factUsesOf(
  model: MaturityModel,
  namespaces: ReadonlyArray<string>,
): FactUses {
  const uses: FactUses = new Map();
  const add = (fact: string, use: FactUse) => {
    const [namespace, group, name, ...subPath] = fact.split('.');
    if (!namespaces.includes(namespace) || !group || !name) return;
    const groups = uses.get(namespace) ?? new Map();
    uses.set(namespace, groups);
    const names = groups.get(group) ?? new Map();
    groups.set(group, names);
    const list = names.get(name) ?? [];
    names.set(name, list);
    list.push(subPath.length ? { how: use.how } : use);
  };
  for (const domain of model.domains) {
    for (const capability of domain.capabilities) {
      for (const check of capability.checks) {
        if (!check.rule) continue;
        forEachCondition(check.rule, condition =>
          add(condition.fact, {
            how: `check ${check.id} compares it with ${condition.operator}`,
            expected: expectedOf(condition),
          }),
        );
      }
    }
  }
  for (const indicator of model.indicators ?? []) {
    const { aggregation } = indicator;
    if ('fact' in aggregation) {
      add(aggregation.fact, {
        how: `indicator ${indicator.id} takes its ${aggregation.type}`,
        expected: 'number',
      });
    }
  }
  return uses;
}

/** ` (did you mean 'x'?)`, else the known names when they are few, else nothing. */
function hint(word: string, known: string[]): string {
  const near = suggest(word, known);
  if (near) return ` (did you mean '${near}'?)`;
  if (known.length === 0) return '';
  return known.length <= 8 ? ` (it reads ${known.join(', ')})` : '';
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the string '${value}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

function fits(value: unknown, expected: Expected): boolean {
  switch (expected) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return (
        typeof value === 'number' ||
        (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
      );
    default:
      return typeof value === 'string' || Array.isArray(value);
  }
}

const ARTICLE: Record<Expected, string> = {
  number: 'a number',
  boolean: 'true or false',
  date: "a date (ISO 8601, epoch milliseconds or relative like '-30d')",
  'text or list': 'text or a list',
};

/** Options of {@link validateFactsFiles}. */
export interface ValidateFactsOptions {
  model: MaturityModel;
  entries: ReadonlyArray<FactEntry>;
  entities: ReadonlyArray<FactsEntityEntry>;
  /** The entity refs of the catalog evaluated. */
  catalogRefs: ReadonlySet<string>;
}

/**
 * Checks facts files against the model and the catalog evaluated: every
 * retriever (or pushed source) and fact name the model never reads (with the
 * nearest known name), every value whose type contradicts how the model uses
 * it, and every entity not in the catalog, each located in its file.
 */
export function validateFactsFiles(
  options: ValidateFactsOptions,
): InputProblem[] {
  const { model, entries, entities, catalogRefs } = options;
  const uses = factUsesOf(model, [
    ...new Set(entries.map(entry => entry.namespace)),
  ]);
  const problems: InputProblem[] = [];
  const reported = new Set<string>();
  const report = (
    where: FactsFileLocation,
    path: YamlPath,
    message: string,
    atKey: boolean,
  ) => {
    const key = `${where.file}\u0000${formatPath(path)}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({
      file: where.file,
      ...(where.locate(path, atKey) ?? {}),
      path: formatPath(path),
      message,
    });
  };

  for (const entry of entries) {
    const groups = uses.get(entry.namespace) ?? new Map();
    const names = groups.get(entry.group);
    const groupPath = entry.path.slice(0, -1);
    if (!names) {
      report(
        entry,
        groupPath,
        `'${entry.group}' is not read by model ${model.id}${hint(entry.group, [
          ...groups.keys(),
        ])}: no check or indicator uses ${entry.namespace}.${entry.group}.*`,
        true,
      );
      continue;
    }
    const factUses = names.get(entry.name);
    if (!factUses) {
      report(
        entry,
        entry.path,
        `fact '${entry.name}' of ${entry.group} is not read by model ${
          model.id
        }${hint(entry.name, [...names.keys()])}`,
        true,
      );
      continue;
    }
    const broken = factUses.find(
      (use: FactUse) =>
        use.expected !== undefined && !fits(entry.value, use.expected),
    );
    if (broken) {
      report(
        entry,
        entry.path,
        `${entry.namespace}.${entry.group}.${entry.name} must be ${
          ARTICLE[broken.expected as Expected]
        } (${broken.how}), got ${describeValue(entry.value)}`,
        false,
      );
    }
  }

  const known = [...catalogRefs];
  for (const entity of entities) {
    if (catalogRefs.has(entity.entityRef)) continue;
    const near = suggest(entity.entityRef, known);
    report(
      entity,
      entity.path,
      `${entity.entityRef} is not an entity of the catalog files evaluated${
        near ? ` (did you mean '${near}'?)` : ''
      }`,
      false,
    );
  }
  return problems;
}
