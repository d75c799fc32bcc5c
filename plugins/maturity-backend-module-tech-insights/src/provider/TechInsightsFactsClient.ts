import { ResponseError, ServiceUnavailableError } from '@backstage/errors';
import { formatDuration } from './formatDuration';
import type {
  FactRangeResponse,
  LatestFactsResponse,
} from './techInsightsResponses';

/**
 * Reads facts of one entity at a time from the TechInsights backend.
 *
 * Every failure to get an answer (no connection, timeout, an error status,
 * an unreadable body) is thrown as a `ServiceUnavailableError` whose message
 * says what happened without naming the entity, so one message can stand for
 * many entities. A 404 or an empty body is "no facts": `undefined`. When the
 * caller's signal aborts, its reason is thrown instead.
 */
export class TechInsightsFactsClient {
  readonly #baseUrl: string;
  readonly #token: string;
  readonly #timeoutMs: number;
  readonly #signal?: AbortSignal;

  constructor(options: {
    /** The TechInsights backend base URL, e.g. `http://host/api/tech-insights`. */
    baseUrl: string;
    /** A service token for TechInsights. */
    token: string;
    /** How long one request may take. */
    timeoutMs: number;
    /** Aborts all requests (the evaluation run was cancelled). */
    signal?: AbortSignal;
  }) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#timeoutMs = options.timeoutMs;
    this.#signal = options.signal;
  }

  /** `GET /facts/latest` for one entity and the given retrievers. */
  async getLatestFacts(
    entityRef: string,
    retrieverIds: string[],
  ): Promise<LatestFactsResponse | undefined> {
    return this.#get<LatestFactsResponse>(
      '/facts/latest',
      query(entityRef, retrieverIds),
    );
  }

  /** `GET /facts/range` for one entity, the given retrievers and window. */
  async getFactRange(
    entityRef: string,
    retrieverIds: string[],
    window: { start: Date; end: Date },
  ): Promise<FactRangeResponse | undefined> {
    const range = [
      `startDatetime=${encodeURIComponent(window.start.toISOString())}`,
      `endDatetime=${encodeURIComponent(window.end.toISOString())}`,
    ].join('&');
    return this.#get<FactRangeResponse>(
      '/facts/range',
      `${query(entityRef, retrieverIds)}&${range}`,
    );
  }

  async #get<T>(path: string, search: string): Promise<T | undefined> {
    const request = `GET ${path}`;
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    const signal = this.#signal
      ? AbortSignal.any([this.#signal, timeout])
      : timeout;
    try {
      const response = await fetch(`${this.#baseUrl}${path}?${search}`, {
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${this.#token}`,
        },
        signal,
      });
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) {
        throw await statusError(request, response);
      }
      const text = await response.text();
      if (text.trim() === '') {
        return undefined;
      }
      try {
        return JSON.parse(text) as T;
      } catch {
        throw new ServiceUnavailableError(
          `${request} answered with a body that is not JSON`,
        );
      }
    } catch (error) {
      if (this.#signal?.aborted) {
        throw this.#signal.reason;
      }
      if (ServiceUnavailableError.is(error)) {
        throw error;
      }
      if (timeout.aborted) {
        throw new ServiceUnavailableError(
          `no answer to ${request} within ${formatDuration(
            this.#timeoutMs,
          )} (timeout)`,
        );
      }
      throw new ServiceUnavailableError(
        `cannot reach tech-insights for ${request}: ${describeNetworkError(
          error,
        )}`,
      );
    }
  }
}

function query(entityRef: string, retrieverIds: string[]): string {
  return [
    `entity=${encodeURIComponent(entityRef)}`,
    ...retrieverIds.map(id => `ids[]=${encodeURIComponent(id)}`),
  ].join('&');
}

async function statusError(
  request: string,
  response: Response,
): Promise<ServiceUnavailableError> {
  const error = await ResponseError.fromResponse(response);
  const status = `HTTP ${error.statusCode} ${error.statusText}`.trim();
  // A Backstage error body carries a useful message; anything else (HTML from
  // a proxy, plain text) only repeats the status.
  const detail = error.cause?.message;
  const useful = detail && !detail.startsWith('Request failed with status');
  return new ServiceUnavailableError(
    `${request} answered ${status}${useful ? `: ${detail}` : ''}`,
  );
}

function describeNetworkError(error: unknown): string {
  // Node's fetch wraps the socket error: TypeError('fetch failed', { cause }).
  // Duck-typed, as errors from fetch may come from another realm.
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const source = (hasMessage(cause) ? cause : error) as {
    message?: unknown;
    code?: unknown;
  };
  if (!hasMessage(source)) {
    return String(error);
  }
  const { message, code } = source as { message: string; code?: unknown };
  return typeof code === 'string' && !message.includes(code)
    ? `${code} ${message}`
    : message;
}

function hasMessage(value: unknown): value is { message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
