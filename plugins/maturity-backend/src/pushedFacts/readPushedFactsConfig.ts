import type { Config } from '@backstage/config';
import { didYouMean } from '@devops-maturity/plugin-maturity-common';
import {
  isPushedFactType,
  PUSHED_FACT_TYPES,
  PushedFactType,
} from './pushedFactTypes';

/** A fact a source may push (`maturity.pushedFacts.sources.<source>.facts.<fact>`). */
export interface PushedFactDeclaration {
  type: PushedFactType;
  description?: string;
}

/** A source of pushed facts, such as a CI pipeline. */
export interface PushedFactSource {
  id: string;
  title?: string;
  facts: Record<string, PushedFactDeclaration>;
}

/** `maturity.pushedFacts`, validated, with defaults. */
export interface PushedFactsConfig {
  /** Days of pushed history kept. */
  retentionDays: number;
  /** The largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Pushes per token subject and window. */
  rateLimit: { requests: number; windowSeconds: number };
  sources: Record<string, PushedFactSource>;
}

const ROOT = 'maturity.pushedFacts';
/** Source and fact names: one segment of `pushed.<source>.<fact>`. */
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;
const TOP_KEYS = ['retentionDays', 'maxBodyKb', 'rateLimit', 'sources'];
const SOURCE_KEYS = ['title', 'facts'];
const FACT_KEYS = ['type', 'description'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads `maturity.pushedFacts`. Every problem is reported at once, each
 * naming its key (`maturity.pushedFacts.sources.ci.facts.coverage.type: …`);
 * any problem stops the startup. Without the key no source is declared.
 */
export function readPushedFactsConfig(config: Config): PushedFactsConfig {
  const raw = config.getOptional(ROOT);
  const problems: string[] = [];
  const root = raw === undefined ? {} : raw;
  if (!isObject(root)) {
    throw new Error(`${ROOT}: expected an object`);
  }
  unknownKeys(root, TOP_KEYS, ROOT, problems);

  const positive = (key: string, fallback: number, value: unknown) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      problems.push(
        `${key}: expected a positive integer, got ${JSON.stringify(value)}`,
      );
      return fallback;
    }
    return value;
  };
  const retentionDays = positive(
    `${ROOT}.retentionDays`,
    400,
    root.retentionDays,
  );
  const maxBodyKb = positive(`${ROOT}.maxBodyKb`, 64, root.maxBodyKb);
  let rateLimit = { requests: 120, windowSeconds: 60 };
  if (root.rateLimit !== undefined) {
    if (!isObject(root.rateLimit)) {
      problems.push(`${ROOT}.rateLimit: expected an object`);
    } else {
      unknownKeys(
        root.rateLimit,
        ['requests', 'windowSeconds'],
        `${ROOT}.rateLimit`,
        problems,
      );
      rateLimit = {
        requests: positive(
          `${ROOT}.rateLimit.requests`,
          120,
          root.rateLimit.requests,
        ),
        windowSeconds: positive(
          `${ROOT}.rateLimit.windowSeconds`,
          60,
          root.rateLimit.windowSeconds,
        ),
      };
    }
  }

  const sources: Record<string, PushedFactSource> = {};
  if (root.sources !== undefined && !isObject(root.sources)) {
    problems.push(`${ROOT}.sources: expected an object of sources`);
  } else {
    for (const [id, source] of Object.entries(root.sources ?? {})) {
      const path = `${ROOT}.sources.${id}`;
      const parsed = readSource(id, source, path, problems);
      if (parsed) sources[id] = parsed;
    }
  }

  if (problems.length) {
    throw new Error(`Invalid ${ROOT} config:\n  ${problems.join('\n  ')}`);
  }
  return { retentionDays, maxBodyBytes: maxBodyKb * 1024, rateLimit, sources };
}

function readSource(
  id: string,
  source: unknown,
  path: string,
  problems: string[],
): PushedFactSource | undefined {
  if (!NAME.test(id)) {
    problems.push(
      `${path}: invalid source name '${id}', expected letters, digits, '-' or '_' starting with a letter`,
    );
  }
  if (!isObject(source)) {
    problems.push(`${path}: expected an object with title and facts`);
    return undefined;
  }
  unknownKeys(source, SOURCE_KEYS, path, problems);
  if (source.title !== undefined && typeof source.title !== 'string') {
    problems.push(`${path}.title: expected a string`);
  }
  if (!isObject(source.facts) || !Object.keys(source.facts).length) {
    problems.push(`${path}.facts: expected at least one declared fact`);
    return undefined;
  }
  const facts: Record<string, PushedFactDeclaration> = {};
  for (const [name, fact] of Object.entries(source.facts)) {
    const factPath = `${path}.facts.${name}`;
    if (!NAME.test(name)) {
      problems.push(
        `${factPath}: invalid fact name '${name}', expected letters, digits, '-' or '_' starting with a letter`,
      );
    }
    if (!isObject(fact)) {
      problems.push(`${factPath}: expected an object with a type`);
      continue;
    }
    unknownKeys(fact, FACT_KEYS, factPath, problems);
    if (!isPushedFactType(fact.type)) {
      problems.push(
        `${factPath}.type: ${
          fact.type === undefined
            ? 'missing'
            : `unknown type ${JSON.stringify(fact.type)}`
        }, expected one of ${PUSHED_FACT_TYPES.join(', ')}${
          typeof fact.type === 'string'
            ? didYouMean(fact.type, PUSHED_FACT_TYPES)
            : ''
        }`,
      );
      continue;
    }
    if (
      fact.description !== undefined &&
      typeof fact.description !== 'string'
    ) {
      problems.push(`${factPath}.description: expected a string`);
    }
    facts[name] = {
      type: fact.type,
      ...(typeof fact.description === 'string'
        ? { description: fact.description }
        : {}),
    };
  }
  return {
    id,
    ...(typeof source.title === 'string' ? { title: source.title } : {}),
    facts,
  };
}

function unknownKeys(
  value: Record<string, unknown>,
  known: string[],
  path: string,
  problems: string[],
) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      problems.push(
        `${path}.${key}: unknown key${didYouMean(
          key,
          known,
        )}; expected ${known.join(', ')}`,
      );
    }
  }
}
