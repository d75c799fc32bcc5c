import { CliError } from './errors';

/*
 * What every command that talks to the maturity backend shares: the URL of
 * an endpoint from `--url`, the reason a request did not reach it, and the
 * message of Backstage's JSON error body.
 */

/**
 * `{baseUrl}/api/maturity/{endpoint}` from `--url`, the backend base URL
 * (e.g. `http://localhost:7007`); fails (exit 2) on anything but http(s).
 */
export function backendUrl(baseUrl: string, endpoint: string): URL {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new CliError(
      `--url must be the backend base URL, e.g. http://localhost:7007; got '${baseUrl}'`,
    );
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new CliError(`--url must be an http or https URL; got '${baseUrl}'`);
  }
  return new URL(
    `api/maturity/${endpoint}`,
    base.href.endsWith('/') ? base.href : `${base.href}/`,
  );
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name could not be resolved',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in chain',
};

/** Why `fetch` failed, in a few words: `connection refused, ECONNREFUSED`, `no answer within 30 s`. */
export function networkReason(error: unknown, timeoutMs: number): string {
  const err = error as {
    name?: string;
    code?: string;
    message?: string;
    cause?: unknown;
  };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  }
  const cause = err?.cause as
    | { code?: string; message?: string; errors?: Array<{ code?: string }> }
    | undefined;
  const code = cause?.code ?? cause?.errors?.[0]?.code ?? err?.code;
  if (code && NETWORK_REASONS[code]) return `${NETWORK_REASONS[code]}, ${code}`;
  return cause?.message ?? err?.message ?? String(error);
}

/** Reads the message of a Backstage error response (`{ error: { name, message } }`). */
export function backstageError(
  body: unknown,
): { name?: string; message?: string } | undefined {
  const error = (
    body as { error?: { name?: unknown; message?: unknown } } | null
  )?.error;
  if (!error || typeof error !== 'object') return undefined;
  return {
    name: typeof error.name === 'string' ? error.name : undefined,
    message: typeof error.message === 'string' ? error.message : undefined,
  };
}

/** The JSON body of a response; undefined when it is empty or not JSON. */
export async function readJsonBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
