import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ErrorRequestHandler, Request, Response } from 'express';
import { randomBytes } from 'crypto';
import { databaseErrorKind } from './databaseErrorKind';
import { isUpstreamUnavailable } from './isUpstreamUnavailable';
import { httpStatusOf } from './httpStatusOf';

/**
 * The messages of Backstage's token handlers when a token's signature could
 * not be checked; they also stand for "the signing keys could not be read"
 * (the key fetch failure is only logged, never attached as a cause).
 */
const TOKEN_VERIFICATION_FAILED = new Set([
  'Failed user token verification',
  'Failed plugin token verification',
]);

/** Removes the stacks of an error and its causes, which name source files. */
function withoutStacks(error: unknown): unknown {
  const seen = new Set<unknown>();
  for (let e: any = error; e && typeof e === 'object' && !seen.has(e); ) {
    seen.add(e);
    delete e.stack;
    e = e.cause;
  }
  return error;
}

/** Options of {@link createFailureHandler}. */
export interface FailureHandlerOptions {
  logger: LoggerService;
  /**
   * Whether the plugin's database answers now; asked when a token could not
   * be verified, since Backstage keeps the signing keys in the databases.
   * Without it, such failures stay 401.
   */
  isDatabaseReachable?: () => Promise<boolean>;
}

function send(
  req: Request,
  res: Response,
  statusCode: number,
  name: string,
  message: string,
) {
  // Backstage's error body, built here so that no stack or cause is added.
  res.status(statusCode).json({
    error: { name, message },
    request: { method: req.method, url: req.url },
    response: { statusCode },
  });
}

async function storageCausedAuthFailure(
  error: any,
  isDatabaseReachable: FailureHandlerOptions['isDatabaseReachable'],
): Promise<boolean> {
  if (error?.name !== 'AuthenticationError') {
    return false;
  }
  if (databaseErrorKind(error.cause) || isUpstreamUnavailable(error.cause)) {
    return true;
  }
  if (!isDatabaseReachable || !TOKEN_VERIFICATION_FAILED.has(error.message)) {
    return false;
  }
  return !(await isDatabaseReachable().catch(() => false));
}

/**
 * Express error handler, installed last in the maturity router: database and
 * upstream failures become 503 (500 for database errors that are not about
 * availability), other unexpected errors 500, each with a stable message and
 * a log id, logged with the original error. Errors thrown on purpose (4xx,
 * 501, 503) go on to Backstage's error handler without their stacks.
 */
export function createFailureHandler(
  options: FailureHandlerOptions,
): ErrorRequestHandler {
  const { logger } = options;
  const answer = (
    req: Request,
    res: Response,
    error: unknown,
    statusCode: number,
    message: string,
  ) => {
    const logId = randomBytes(8).toString('hex');
    logger.error(
      `${req.method} ${req.path} failed (log id ${logId}): ${message}`,
      error as Error,
    );
    send(
      req,
      res,
      statusCode,
      statusCode === 503 ? 'ServiceUnavailableError' : 'Error',
      `${message} (log id ${logId})`,
    );
  };

  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (isUpstreamUnavailable(error)) {
      answer(
        req,
        res,
        error,
        503,
        'A service the maturity backend depends on is unavailable; try again later',
      );
      return;
    }
    const kind =
      error?.name === 'AuthenticationError'
        ? undefined
        : databaseErrorKind(error);
    if (kind === 'unavailable') {
      answer(
        req,
        res,
        error,
        503,
        'The maturity database is unavailable; try again later',
      );
      return;
    }
    if (kind === 'failed') {
      answer(
        req,
        res,
        error,
        500,
        'The maturity database could not complete the request',
      );
      return;
    }
    storageCausedAuthFailure(error, options.isDatabaseReachable).then(
      storageCaused => {
        if (storageCaused) {
          answer(
            req,
            res,
            error,
            503,
            'The credentials could not be checked because the signing keys are unavailable; try again later',
          );
          return;
        }
        const status = httpStatusOf(error);
        if (status < 500 || status === 501 || status === 503) {
          // thrown on purpose: Backstage answers its message, without stacks
          next(withoutStacks(error));
          return;
        }
        answer(
          req,
          res,
          error,
          500,
          'The maturity backend could not handle the request',
        );
      },
      next,
    );
  };
}
