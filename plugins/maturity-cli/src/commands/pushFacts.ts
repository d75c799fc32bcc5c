import { normaliseEntityRef } from '../lib/entityRef';
import { CliError, ExitCode, ExitCodeValue } from '../lib/errors';
import { pushFactsToBackend } from '../lib/factsClient';
import type { CliIo } from '../lib/io';
import { collectPushedFacts } from '../lib/pushedFacts';

/** The environment variable read for `--url` when it is not given. */
export const URL_ENV = 'MATURITY_URL';
/** The environment variable read for `--token` when it is not given. */
export const TOKEN_ENV = 'MATURITY_TOKEN';

/** Options of `maturity push-facts`. */
export interface PushFactsOptions {
  url?: string;
  token?: string;
  entity?: string;
  source?: string;
  timestamp?: string;
  /** `--fact name=value`, in order. */
  fact?: string[];
  factsFile?: string;
  timeoutSeconds: number;
}

/** ISO 8601 date and time with a time zone, e.g. `2026-03-01T12:00:00Z`. */
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function required(value: string | undefined, what: string): string {
  if (!value?.trim()) throw new CliError(what);
  return value.trim();
}

/**
 * `maturity push-facts`: posts facts of one entity from one source (a CI
 * job) to the backend. Exit 0 when stored (or already stored), 1 when the
 * backend refuses them (its message printed), 2 on bad input or when the
 * backend cannot be reached. The token is never printed.
 */
export async function pushFacts(
  options: PushFactsOptions,
  io: CliIo,
): Promise<ExitCodeValue> {
  const url = required(
    options.url ?? io.env[URL_ENV],
    `give --url <backend base URL> or set ${URL_ENV}`,
  );
  const token = required(
    options.token ?? io.env[TOKEN_ENV],
    `give a backend token in ${TOKEN_ENV} (or --token)`,
  );
  const entityRef = normaliseEntityRef(
    required(options.entity, '--entity <entityRef> is required'),
  );
  const source = required(
    options.source,
    '--source <name> is required: the CI system or job the facts come from, e.g. github-actions',
  );
  if (/\s/.test(source)) {
    throw new CliError(`--source '${source}' must not contain blanks`);
  }
  const { timestamp } = options;
  if (
    timestamp !== undefined &&
    (!ISO_DATE_TIME.test(timestamp) || Number.isNaN(Date.parse(timestamp)))
  ) {
    throw new CliError(
      `--timestamp '${timestamp}' must be an ISO 8601 date and time with a time zone, e.g. 2026-03-01T12:00:00Z`,
    );
  }
  const facts = collectPushedFacts(options);

  const receipt = await pushFactsToBackend({
    baseUrl: url,
    token,
    push: {
      entityRef,
      source,
      ...(timestamp !== undefined ? { timestamp } : {}),
      facts,
    },
    timeoutMs: options.timeoutSeconds * 1000,
    onRetry: message => io.stderr.write(`maturity push-facts: ${message}\n`),
  });
  const count = Object.keys(facts).length;
  const what = `${count} fact${count === 1 ? '' : 's'} of ${
    receipt.entityRef
  } from ${receipt.source} at ${receipt.timestamp}`;
  io.stdout.write(
    receipt.stored
      ? `stored ${what}\n`
      : `already stored: ${what} (an identical push was stored before)\n`,
  );
  return ExitCode.OK;
}
