import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import { DateTime } from 'luxon';
import { isMap, isScalar, isSeq, LineCounter, Node, parseDocument } from 'yaml';

/** One set of facts for one entity from one retriever, at one time. */
export interface FactFileEntry {
  entity: CompoundEntityRef;
  retrieverId: string;
  facts: Record<string, number | string | boolean | DateTime>;
  /** Set for history points; current values have none (stored as "now"). */
  timestamp?: DateTime;
}

/** A problem in a facts file, located by line and column. */
export interface FactFileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The outcome of reading one facts file: entries only when problems is empty. */
export interface ParsedFactFile {
  entries: FactFileEntry[];
  problems: FactFileProblem[];
}

const RELATIVE_DATE = /^-(\d+)d$/;

/**
 * Parses one `examples/facts/*.yaml` file (format in docs/facts-contract.md).
 * Every problem is reported with its line and column; a file with any problem
 * yields no entries, so a broken file never replaces good facts.
 */
export function parseFactFile(options: {
  text: string;
  file: string;
  schemas: Record<string, FactSchema>;
  now: DateTime;
}): ParsedFactFile {
  const { text, file, schemas, now } = options;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: FactFileProblem[] = [];
  const report = (node: Node | null | undefined, message: string) => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ file, line, column: col, message });
  };

  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push({
      file,
      line,
      column: col,
      message: error.message.split('\n')[0],
    });
  }
  if (problems.length > 0) {
    return { entries: [], problems };
  }

  const entries: FactFileEntry[] = [];
  const root = doc.contents;
  const list = isMap(root) ? root.get('entities', true) : undefined;
  if (!isSeq(list)) {
    report(root as Node, "expected a top-level 'entities' list");
    return { entries: [], problems };
  }

  const readFacts = (
    node: unknown,
    entity: CompoundEntityRef,
    timestamp: DateTime | undefined,
  ) => {
    if (!isMap(node)) {
      report(node as Node, "'facts' must map retriever ids to facts");
      return;
    }
    for (const pair of node.items) {
      const retrieverId = String(
        (pair.key as Node & { value?: unknown })?.toJSON?.() ?? pair.key,
      );
      const schema = schemas[retrieverId];
      if (!schema) {
        report(
          pair.key as Node,
          `unknown fact retriever '${retrieverId}' (known: ${Object.keys(
            schemas,
          ).join(', ')})`,
        );
        continue;
      }
      if (!isMap(pair.value)) {
        report(
          pair.value as Node,
          `facts of '${retrieverId}' must be a mapping`,
        );
        continue;
      }
      const facts: FactFileEntry['facts'] = {};
      for (const factPair of pair.value.items) {
        const name = String((factPair.key as Node).toJSON());
        const definition = schema[name];
        if (!definition) {
          report(factPair.key as Node, `unknown fact '${retrieverId}.${name}'`);
          continue;
        }
        const valueNode = factPair.value as Node;
        const value = isScalar(valueNode) ? valueNode.value : undefined;
        const converted = convertFactValue(value, definition.type, now);
        if (converted === undefined) {
          report(
            valueNode,
            `fact '${retrieverId}.${name}' must be ${describeType(
              definition.type,
            )}, got ${JSON.stringify(value ?? null)}`,
          );
          continue;
        }
        facts[name] = converted;
      }
      entries.push({ entity, retrieverId, facts, timestamp });
    }
  };

  for (const item of list.items) {
    if (!isMap(item)) {
      report(
        item as Node,
        'each entry must be a mapping with entity and facts',
      );
      continue;
    }
    const refNode = item.get('entity', true);
    let entity: CompoundEntityRef | undefined;
    try {
      if (!isScalar(refNode) || typeof refNode.value !== 'string') {
        throw new Error('missing');
      }
      entity = parseEntityRef(refNode.value);
    } catch {
      report(
        (refNode as Node) ?? item,
        "'entity' must be an entity ref like component:default/name",
      );
      continue;
    }
    for (const pair of item.items) {
      const key = String((pair.key as Node).toJSON());
      if (!['entity', 'facts', 'history'].includes(key)) {
        report(
          pair.key as Node,
          `unknown key '${key}' (expected entity, facts, history)`,
        );
      }
    }
    readFacts(item.get('facts', true), entity, undefined);
    const history = item.get('history', true);
    if (history === undefined) {
      continue;
    }
    if (!isSeq(history)) {
      report(history as Node, "'history' must be a list of { at, facts }");
      continue;
    }
    for (const point of history.items) {
      const at = isMap(point) ? point.get('at', true) : undefined;
      const timestamp = isScalar(at) ? parseDate(at.value, now) : undefined;
      if (!timestamp) {
        report(
          (at as Node) ?? (point as Node),
          "history 'at' must be an ISO date or a relative date like -90d",
        );
        continue;
      }
      readFacts((point as any).get('facts', true), entity, timestamp);
    }
  }

  return problems.length > 0
    ? { entries: [], problems }
    : { entries, problems };
}

function parseDate(value: unknown, now: DateTime): DateTime | undefined {
  if (value instanceof Date) {
    return DateTime.fromJSDate(value, { zone: 'utc' });
  }
  if (typeof value !== 'string') {
    return undefined;
  }
  const relative = RELATIVE_DATE.exec(value);
  if (relative) {
    return now
      .toUTC()
      .startOf('day')
      .minus({ days: Number(relative[1]) });
  }
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  return parsed.isValid ? parsed : undefined;
}

function convertFactValue(
  value: unknown,
  type: string,
  now: DateTime,
): number | string | boolean | DateTime | undefined {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
        ? value
        : undefined;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value)
        ? value
        : undefined;
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'datetime':
      return parseDate(value, now);
    default:
      return undefined;
  }
}

function describeType(type: string): string {
  return type === 'datetime'
    ? 'a datetime (ISO date or -Nd)'
    : `of type ${type}`;
}
