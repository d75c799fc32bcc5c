import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type {
  FactHistoryPoint,
  JsonValue,
  TechInsightsFactsEvidence,
} from '@devops-maturity/plugin-maturity-common';
import { readInputFile } from './catalogFiles';
import type { InputProblem } from './problems';
import { readYamlDocument } from './yamlDocuments';
import { formatPath, Position, YamlPath } from './yamlPosition';

/** The evidence a facts file gives one entity. */
export interface EntityFacts {
  /** Latest facts by retriever id. */
  techInsights: Record<string, TechInsightsFactsEvidence>;
  /** Earlier values by retriever id and fact name, oldest first. */
  factHistory: Record<string, Record<string, FactHistoryPoint[]>>;
  /** Latest facts pushed from CI by source name. */
  pushed: Record<string, TechInsightsFactsEvidence>;
  /** Earlier pushed values by source and fact name, oldest first. */
  pushedHistory: Record<string, Record<string, FactHistoryPoint[]>>;
}

/** Where a value of a facts file is, found on demand (positions need a slower parse). */
export interface FactsFileLocation {
  file: string;
  path: YamlPath;
  /** The line and column of a path of the file (of its key with `atKey`). */
  locate(path: YamlPath, atKey?: boolean): Position | undefined;
}

/** One fact value of a facts file, as the models address it: `<namespace>.<group>.<name>`. */
export interface FactEntry extends FactsFileLocation {
  /** `techInsights` (latest facts and history), or another source of the file (e.g. pushed facts). */
  namespace: string;
  /** The retriever id (or pushed source). */
  group: string;
  name: string;
  value: JsonValue;
  /** Whether it is an earlier value (`history`) rather than the latest. */
  history: boolean;
}

/** An entity a facts file gives facts for. */
export interface FactsEntityEntry extends FactsFileLocation {
  entityRef: string;
}

/** The two kinds of facts of an entry: its `facts` (TechInsights) and `pushed` keys. */
const FACT_KINDS = [
  {
    key: 'facts',
    latest: 'techInsights',
    history: 'factHistory',
    prefix: '',
    shape:
      'must map retriever ids to their facts, e.g. doraFactRetriever: { deploymentsPerWeek: 3 }',
  },
  {
    key: 'pushed',
    latest: 'pushed',
    history: 'pushedHistory',
    prefix: 'pushed.',
    shape: 'must map pushing sources to their facts, e.g. ci: { coverage: 80 }',
  },
] as const;

type FactKind = (typeof FACT_KINDS)[number];

/** Facts by normalised entity ref, and the problems of the files. */
export interface FactsReadResult {
  facts: Map<string, EntityFacts>;
  problems: InputProblem[];
  /** Every fact value read, for checks against the model ({@link validateFactsFiles}). */
  entries: FactEntry[];
  /** Every entity named, for checks against the catalog. */
  entities: FactsEntityEntry[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const RELATIVE_DATE = /^-(\d+)d$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a relative date (`-45d`: 45 days before `now`) to ISO 8601; other values unchanged. */
function resolveRelativeDate(value: unknown, now: Date): unknown {
  if (typeof value !== 'string') return value;
  const match = RELATIVE_DATE.exec(value);
  return match
    ? new Date(now.getTime() - Number(match[1]) * DAY_MS).toISOString()
    : value;
}

/**
 * Reads facts files in the format of the demo's `examples/facts/*.yaml`:
 * `entities: [{ entity, facts: { <retrieverId>: { <fact>: value } }, pushed: { <source>: { <fact>: value } }, history: [{ at, facts, pushed }] }]`,
 * dates absolute (ISO 8601) or relative (`-45d`) to `now`. Every problem is
 * reported with file, line and column; entities of a file with problems still
 * get the facts that could be read.
 */
export function readFactsFiles(
  files: ReadonlyArray<string>,
  now: Date,
): FactsReadResult {
  const facts = new Map<string, EntityFacts>();
  const problems: InputProblem[] = [];
  const entries: FactEntry[] = [];
  const entities: FactsEntityEntry[] = [];

  for (const file of files) {
    const text = readInputFile(file, 'facts file');
    const document = readYamlDocument(text);
    if (document.yamlErrors.length > 0) {
      for (const { line, column, message } of document.yamlErrors) {
        problems.push({ file, line, column, message });
      }
      continue;
    }
    const locationOf = (path: YamlPath): FactsFileLocation => ({
      file,
      path,
      locate: document.locate,
    });
    const report = (path: YamlPath, message: string, atKey = false) => {
      const position = document.locate(path, atKey);
      problems.push({
        file,
        ...(position ?? {}),
        ...(path.length ? { path: formatPath(path) } : {}),
        message,
      });
    };

    const root = document.value;
    if (!isRecord(root) || !Array.isArray(root.entities)) {
      report(
        isRecord(root) ? ['entities'] : [],
        "expected a top-level 'entities' list",
      );
      continue;
    }
    for (const key of Object.keys(root)) {
      if (key !== 'entities')
        report([key], `unknown key '${key}' (expected 'entities')`, true);
    }

    /** Reads `{ <origin>: { <fact>: value } }` of one kind, reporting bad shapes. */
    const readFactMap = (
      kind: FactKind,
      value: unknown,
      path: YamlPath,
      history = false,
    ) => {
      const out: Record<string, Record<string, JsonValue>> = {};
      if (!isRecord(value)) {
        report(path, kind.shape);
        return out;
      }
      for (const [origin, originFacts] of Object.entries(value)) {
        if (!isRecord(originFacts)) {
          report(
            [...path, origin],
            `facts of '${kind.prefix}${origin}' must be a mapping of fact names to values`,
          );
          continue;
        }
        const resolved: Record<string, JsonValue> = {};
        for (const [name, factValue] of Object.entries(originFacts)) {
          if (factValue === null || factValue === undefined) {
            report(
              [...path, origin, name],
              `fact '${kind.prefix}${origin}.${name}' has no value`,
            );
            continue;
          }
          resolved[name] = resolveRelativeDate(factValue, now) as JsonValue;
          entries.push({
            ...locationOf([...path, origin, name]),
            namespace: kind.latest,
            group: origin,
            name,
            value: resolved[name],
            history,
          });
        }
        out[origin] = resolved;
      }
      return out;
    };

    root.entities.forEach((item: unknown, index: number) => {
      const itemPath: YamlPath = ['entities', index];
      if (!isRecord(item)) {
        report(itemPath, 'each entry must be a mapping with entity and facts');
        return;
      }
      for (const key of Object.keys(item)) {
        if (!['entity', 'facts', 'pushed', 'history'].includes(key)) {
          report(
            [...itemPath, key],
            `unknown key '${key}' (expected entity, facts, pushed, history)`,
            true,
          );
        }
      }
      let entityRef: string;
      try {
        if (typeof item.entity !== 'string') throw new Error('missing');
        entityRef = stringifyEntityRef(parseEntityRef(item.entity));
      } catch {
        report(
          [...itemPath, 'entity'],
          'must be an entity ref like component:default/name',
        );
        return;
      }

      entities.push({ ...locationOf([...itemPath, 'entity']), entityRef });
      const target = facts.get(entityRef) ?? {
        techInsights: {},
        factHistory: {},
        pushed: {},
        pushedHistory: {},
      };
      facts.set(entityRef, target);
      for (const kind of FACT_KINDS) {
        if (item[kind.key] === undefined) continue;
        const latest = target[kind.latest];
        for (const [origin, values] of Object.entries(
          readFactMap(kind, item[kind.key], [...itemPath, kind.key]),
        )) {
          latest[origin] = {
            facts: { ...latest[origin]?.facts, ...values },
            timestamp: now.toISOString(),
          };
        }
      }
      if (item.history === undefined) return;
      if (!Array.isArray(item.history)) {
        report(
          [...itemPath, 'history'],
          'must be a list of { at, facts, pushed }',
        );
        return;
      }
      item.history.forEach((point: unknown, pointIndex: number) => {
        const pointPath: YamlPath = [...itemPath, 'history', pointIndex];
        if (!isRecord(point)) {
          report(pointPath, 'must be a mapping { at, facts, pushed }');
          return;
        }
        const at = resolveRelativeDate(point.at, now);
        if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) {
          report(
            [...pointPath, 'at'],
            "must be an ISO 8601 date or a relative date like '-90d'",
          );
          return;
        }
        const timestamp = new Date(Date.parse(at)).toISOString();
        // A point has facts, pushed or both; with neither, the missing `facts` is reported.
        const given = FACT_KINDS.filter(kind => point[kind.key] !== undefined);
        const kinds = given.length > 0 ? given : [FACT_KINDS[0]];
        for (const kind of kinds) {
          const values = readFactMap(
            kind,
            point[kind.key],
            [...pointPath, kind.key],
            true,
          );
          for (const [origin, originFacts] of Object.entries(values)) {
            const byFact = (target[kind.history][origin] ??= {});
            for (const [name, value] of Object.entries(originFacts)) {
              (byFact[name] ??= []).push({ timestamp, value });
            }
          }
        }
      });
    });
  }

  for (const entityFacts of facts.values()) {
    for (const byFact of [
      ...Object.values(entityFacts.factHistory),
      ...Object.values(entityFacts.pushedHistory),
    ]) {
      for (const points of Object.values(byFact)) {
        points.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
      }
    }
  }
  return { facts, problems, entries, entities };
}
