import {
  backendUrl,
  backstageError,
  networkReason,
  readJsonBody,
} from './backendClient';
import { CliError, ExitCode } from './errors';
import type { PushedFacts } from './pushedFacts';

/** The body of `POST /api/maturity/facts`. */
export interface FactsPush {
  entityRef: string;
  source: string;
  /** ISO 8601; the backend's time of receipt when absent. */
  timestamp?: string;
  facts: PushedFacts;
}

/** The backend's answer to an accepted push (201, or 200 for an idempotent retry). */
export interface FactsPushReceipt {
  entityRef: string;
  source: string;
  timestamp: string;
  /** False when the same facts were already stored (an idempotent retry). */
  stored: boolean;
}

/** Options of a push to the backend. */
export interface FactsPushRequest {
  /** The backend base URL, e.g. `https://backstage.example.com`. */
  baseUrl: string;
  /** The bearer token; never written to any message. */
  token: string;
  push: FactsPush;
  timeoutMs: number;
  /** Retries after a 429 or a network error (default 3). */
  maxRetries?: number;
  /** How long to wait before the retry `attempt` (1-based) after a network error; default 1 s, 2 s, 4 s. */
  backoffMs?: (attempt: number) => number;
  /** The longest `Retry-After` honoured; a longer one fails the push (default 60 s). */
  maxRetryAfterMs?: number;
  /** Told of every retry, e.g. to print it. */
  onRetry?: (message: string) => void;
  /** Waits (replaced in tests). */
  sleep?: (ms: number) => Promise<void>;
}

/** The backend refused the push (exit 1), with its message. */
export class FactsPushRefusedError extends CliError {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message, ExitCode.FAILED);
    this.status = status;
  }
}

/** `Retry-After` in milliseconds: seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const REFUSALS: Record<number, string> = {
  400: 'the backend rejected the facts',
  401: 'not authenticated: the backend rejected the token',
  403: 'not allowed: the token may not push facts',
  404: 'unknown entity, or a source or fact the backend does not declare',
  409: 'conflicting facts for this entity, source and timestamp',
  413: 'too many facts for one push',
  429: 'rate limited',
};

function isReceipt(body: unknown): body is FactsPushReceipt {
  const value = body as Partial<FactsPushReceipt> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.stored === 'boolean' &&
    typeof value.entityRef === 'string'
  );
}

/** The text with every occurrence of the token masked. */
function withoutToken(text: string, token: string): string {
  return token ? text.split(token).join('***') : text;
}

const defaultSleep = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms));

/**
 * Posts facts to the backend's `POST /api/maturity/facts`. Retries a 429
 * after its `Retry-After` and a network error after a growing delay, at most
 * `maxRetries` times. Resolves with the receipt of a 201 or 200; a refusal
 * (4xx, 5xx) fails with a {@link FactsPushRefusedError} (exit 1) carrying
 * the backend's message; no answer or an answer that is not the facts
 * endpoint's fails with a {@link CliError} (exit 2).
 */
export async function pushFactsToBackend(
  request: FactsPushRequest,
): Promise<FactsPushReceipt> {
  const url = backendUrl(request.baseUrl, 'facts');
  const maxRetries = request.maxRetries ?? 3;
  const backoff = request.backoffMs ?? (attempt => 1000 * 2 ** (attempt - 1));
  const maxRetryAfter = request.maxRetryAfterMs ?? 60_000;
  const sleep = request.sleep ?? defaultSleep;
  const body = JSON.stringify(request.push);
  const mask = (text: string) => withoutToken(text, request.token);

  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          authorization: `Bearer ${request.token}`,
        },
        body,
        signal: AbortSignal.timeout(request.timeoutMs),
      });
    } catch (error) {
      const reason = networkReason(error, request.timeoutMs);
      if (attempt < maxRetries) {
        const wait = backoff(attempt + 1);
        request.onRetry?.(
          `cannot reach ${url.origin} (${reason}); retry ${
            attempt + 1
          } of ${maxRetries} in ${wait / 1000} s`,
        );
        await sleep(wait);
        continue;
      }
      throw new CliError(
        `cannot reach the Backstage backend at ${
          url.origin
        } (${reason}) after ${maxRetries + 1} attempts`,
      );
    }

    const answer = await readJsonBody(response);
    if (response.status === 200 || response.status === 201) {
      if (!isReceipt(answer)) {
        throw new CliError(
          `unexpected answer from ${url.origin}${url.pathname} (${response.status}): not a receipt of pushed facts; is --url the backend base URL?`,
        );
      }
      return answer;
    }

    const error = backstageError(answer);
    let note = '';
    if (response.status === 429) {
      const wait =
        retryAfterMs(response.headers.get('retry-after')) ??
        backoff(attempt + 1);
      if (wait > maxRetryAfter) {
        note = `; it asks to wait ${Math.ceil(wait / 1000)} s, more than ${
          maxRetryAfter / 1000
        } s`;
      } else if (attempt < maxRetries) {
        request.onRetry?.(
          `rate limited (429); retry ${
            attempt + 1
          } of ${maxRetries} in ${Math.ceil(wait / 1000)} s`,
        );
        await sleep(wait);
        continue;
      } else {
        note = `; gave up after ${attempt + 1} attempts`;
      }
    }
    if (response.status === 404 && !error) {
      throw new CliError(
        `no maturity facts endpoint at ${url.origin}${url.pathname} (404); is the maturity backend plugin installed, and --url the backend base URL?`,
      );
    }
    const status = `${response.status}${error?.name ? ` ${error.name}` : ''}`;
    const message = error?.message ? mask(error.message) : response.statusText;
    const detail = message ? `: ${message}` : '';
    const what =
      REFUSALS[response.status] ??
      (response.status >= 500
        ? 'the backend failed to store the facts'
        : 'the backend refused the facts');
    throw new FactsPushRefusedError(
      response.status,
      `${what} (${status}${detail})${note}`,
    );
  }
}
