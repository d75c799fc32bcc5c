import type { HttpAuthService } from '@backstage/backend-plugin-api';
import type { RequestHandler } from 'express';

/**
 * Requires user or service credentials on every path but `publicPaths`.
 * It replaces Backstage's credentials barrier (the plugin declares all paths
 * unauthenticated to the http router) so that authentication failures reach
 * the maturity router's error handler, which tells a bad token (401) from
 * signing keys that cannot be read (503).
 */
export function authenticateRequests(
  httpAuth: HttpAuthService,
  publicPaths: ReadonlyArray<string>,
): RequestHandler {
  const open = new Set(publicPaths);
  return (req, _res, next) => {
    if (open.has(req.path)) {
      next();
      return;
    }
    httpAuth
      .credentials(req, { allow: ['user', 'service'] })
      .then(() => next(), next);
  };
}
