import {
  backendUrl,
  backstageError,
  networkReason,
  readJsonBody,
} from './backendClient';
import { CliError } from './errors';
import type { GateResult } from './gate';

/** Options of a request to the backend's gate endpoint. */
export interface GateRequest {
  /** The backend base URL, e.g. `http://localhost:7007`. */
  baseUrl: string;
  entityRef: string;
  minLevel: number;
  modelId?: string;
  domainId?: string;
  /** The language of the check titles (`lang`; the backend falls back to the model's default). */
  lang?: string;
  /** A bearer token; no Authorization header when absent. */
  token?: string;
  /** Where the token came from, for messages (e.g. `$BACKSTAGE_TOKEN`). */
  tokenSource: string;
  timeoutMs: number;
}

/** Builds `{baseUrl}/api/maturity/gate?…`. */
export function gateUrl(request: GateRequest): URL {
  const url = backendUrl(request.baseUrl, 'gate');
  url.searchParams.set('entityRef', request.entityRef);
  if (request.modelId) url.searchParams.set('model', request.modelId);
  if (request.domainId) url.searchParams.set('domain', request.domainId);
  url.searchParams.set('minLevel', String(request.minLevel));
  if (request.lang) url.searchParams.set('lang', request.lang);
  return url;
}

/** `--url` answered, but not as the maturity backend does. */
function notMaturityBackend(endpoint: string, answer: string): string {
  return `${endpoint} does not look like a maturity backend (${answer}); is --url the Backstage backend base URL (e.g. http://localhost:7007) with the maturity backend plugin installed?`;
}

/** What kind of body an answer had, in a few words. */
function describeBody(response: Response, body: unknown): string {
  const type = response.headers.get('content-type')?.split(';')[0].trim();
  if (body === undefined) return type ? `a ${type} page` : 'no JSON body';
  return backstageError(body)
    ? 'an error of another service'
    : 'not a gate result';
}

/** Whether an error message names the entity (case aside). */
function mentions(message: string | undefined, entityRef: string): boolean {
  return (
    message !== undefined &&
    message
      .toLocaleLowerCase('en-US')
      .includes(entityRef.toLocaleLowerCase('en-US'))
  );
}

function isGateResult(body: unknown): body is GateResult {
  const value = body as Partial<GateResult> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.pass === 'boolean' &&
    (value.level === null || typeof value.level === 'number') &&
    typeof value.required === 'number' &&
    Array.isArray(value.blocking)
  );
}

/**
 * Asks the backend whether an entity meets a level. Anything but a valid
 * 200 answer fails with a one-line {@link CliError} (exit 2): unreachable,
 * unauthenticated (401), forbidden (403), unknown entity or model (404),
 * rejected input (400), server error.
 */
export async function requestGate(request: GateRequest): Promise<GateResult> {
  const url = gateUrl(request);
  const where = url.origin;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        accept: 'application/json',
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      },
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (error) {
    throw new CliError(
      `cannot reach the Backstage backend at ${where} (${networkReason(
        error,
        request.timeoutMs,
      )})`,
    );
  }

  const body = await readJsonBody(response);

  const endpoint = `${url.origin}${url.pathname}`;
  if (response.ok) {
    if (!isGateResult(body)) {
      throw new CliError(
        notMaturityBackend(
          endpoint,
          `${response.status}, ${describeBody(response, body)}`,
        ),
      );
    }
    return body;
  }

  const error = backstageError(body);
  const detail = error?.message ? `: ${error.message}` : '';
  const status = `${response.status}${error?.name ? ` ${error.name}` : ''}`;
  switch (response.status) {
    case 401:
      throw new CliError(
        request.token
          ? `not authenticated (${status}${detail}); the token in ${request.tokenSource} was rejected by ${where}`
          : `not authenticated (${status}${detail}); set a backend token in ${request.tokenSource}`,
      );
    case 403:
      throw new CliError(
        `not allowed (${status}${detail}); the token may not read maturity results of ${request.entityRef}`,
      );
    case 404:
      // The maturity backend names the entity it has no results for; any other
      // 404 (an HTML page, another service's error) is not about the entity.
      if (!mentions(error?.message, request.entityRef)) {
        throw new CliError(
          notMaturityBackend(
            endpoint,
            `${status}, ${describeBody(response, body)}`,
          ),
        );
      }
      throw new CliError(
        request.modelId
          ? `unknown entity or model: ${request.entityRef}, model ${request.modelId} (${status}${detail})`
          : `unknown entity ${request.entityRef} (${status}${detail})`,
      );
    case 400:
      throw new CliError(
        `the backend rejected the request (${status}${detail})`,
      );
    default:
      throw new CliError(
        `the backend failed to answer (${status}${
          detail || ` ${response.statusText}`
        })`,
      );
  }
}
