import { InputError } from '@backstage/errors';
import { didYouMean, JsonValue } from '@devops-maturity/plugin-maturity-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  describeValue,
  normalizeFactValue,
  parseIsoDateTime,
} from './pushedFactTypes';
import type { PushedFactSource } from './readPushedFactsConfig';

/** The body of `POST /facts` and the input of `maturity:push-facts`. */
export interface PushFactsRequest {
  entityRef: string;
  source: string;
  /** ISO 8601; now when absent. */
  timestamp?: string;
  facts: Record<string, unknown>;
}

/** A push request checked against the declared sources. */
export interface ValidPush {
  /** Normalised (`kind:namespace/name`, lower case). */
  entityRef: string;
  source: string;
  /** ISO 8601 UTC with milliseconds. */
  timestamp: string;
  facts: Record<string, JsonValue>;
}

/** How far in the future a timestamp may be (clock skew of CI runners). */
const MAX_FUTURE_MS = 24 * 3600 * 1000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Checks a push against the declared sources and fact types. Every problem
 * is reported, each naming its field (`facts.coverage: expected float, got
 * string "abc"`), in one InputError.
 */
export function validatePushRequest(
  request: unknown,
  sources: Record<string, PushedFactSource>,
  now: Date,
): ValidPush {
  if (!isObject(request)) {
    throw new InputError(
      `body: expected an object, got ${describeValue(request)}`,
    );
  }
  const problems: string[] = [];
  const entityRef = parseRef(request.entityRef);
  if (!entityRef) {
    problems.push(
      `entityRef: expected kind:namespace/name (e.g. component:default/payments), got ${describeValue(
        request.entityRef,
      )}`,
    );
  }

  let timestamp = now.toISOString();
  if (request.timestamp !== undefined) {
    const date = parseIsoDateTime(request.timestamp);
    if (!date) {
      problems.push(
        `timestamp: expected an ISO 8601 date-time with a time zone, got ${describeValue(
          request.timestamp,
        )}`,
      );
    } else if (date.getTime() > now.getTime() + MAX_FUTURE_MS) {
      problems.push(
        `timestamp: ${request.timestamp} is more than 24 hours in the future`,
      );
    } else {
      timestamp = date.toISOString();
    }
  }

  const declared = Object.keys(sources);
  const source =
    typeof request.source === 'string' ? sources[request.source] : undefined;
  if (!source) {
    problems.push(
      typeof request.source === 'string'
        ? `source: unknown source '${request.source}' (declared: ${
            declared.join(', ') || 'none'
          })${didYouMean(request.source, declared)}`
        : `source: expected a string, got ${describeValue(request.source)}`,
    );
  }

  const facts: Record<string, JsonValue> = {};
  if (!isObject(request.facts)) {
    problems.push(
      `facts: expected an object, got ${describeValue(request.facts)}`,
    );
  } else if (!Object.keys(request.facts).length) {
    problems.push('facts: expected at least one fact');
  } else if (source) {
    const names = Object.keys(source.facts);
    for (const [name, value] of Object.entries(request.facts)) {
      const declaration = source.facts[name];
      if (!declaration) {
        problems.push(
          `facts.${name}: unknown fact of source '${source.id}'${didYouMean(
            name,
            names,
          )}`,
        );
        continue;
      }
      const normalized = normalizeFactValue(declaration.type, value);
      if ('error' in normalized) {
        problems.push(`facts.${name}: ${normalized.error}`);
      } else {
        facts[name] = normalized.value;
      }
    }
  }

  if (problems.length) {
    throw new InputError(problems.join('; '));
  }
  return { entityRef: entityRef!, source: source!.id, timestamp, facts };
}

/** A full entity ref (the kind given), normalised; undefined when malformed. */
function parseRef(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.includes(':')) return undefined;
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch {
    return undefined;
  }
}
