import type { HttpAuthService } from '@backstage/backend-plugin-api';
import type express from 'express';
import { TooManyRequestsError } from '../../pushedFacts/errors';
import type { PushedFactsService } from '../../pushedFacts/PushedFactsService';

/** What the pushed facts route needs. */
export interface PushedFactsRoutesOptions {
  httpAuth: HttpAuthService;
  pushedFacts: PushedFactsService;
}

/**
 * `POST /facts`: facts pushed by users and services (CI pipelines with an
 * external access token). 201 when stored, 200 for a repeated identical
 * push; a rate-limited push gets 429 with Retry-After.
 */
export function registerPushedFactsRoutes(
  router: express.Router,
  options: PushedFactsRoutesOptions,
) {
  const { httpAuth, pushedFacts } = options;
  router.post('/facts', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    try {
      const result = await pushedFacts.push(req.body, credentials);
      res.status(result.stored ? 201 : 200).json(result);
    } catch (error) {
      if (error instanceof TooManyRequestsError) {
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
      }
      throw error;
    }
  });
}
