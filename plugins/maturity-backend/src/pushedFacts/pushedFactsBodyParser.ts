import { serializeError } from '@backstage/errors';
import express from 'express';
import { PayloadTooLargeError } from './errors';

/**
 * Parses the JSON body of `POST /facts` with its own limit
 * (`maturity.pushedFacts.maxBodyKb`); a larger body is answered here with
 * 413 and the backend's error body, since the OpenAPI router turns errors of
 * its middleware into 400. Other requests pass on to the router's own
 * parser, which skips a body parsed here.
 */
export function pushedFactsBodyParser(
  maxBytes: number,
): express.RequestHandler {
  const parse = express.json({ limit: maxBytes });
  return (req, res, next) => {
    if (req.method !== 'POST' || req.path !== '/facts') {
      next();
      return;
    }
    parse(req, res, (error?: any) => {
      if (error?.type === 'entity.too.large') {
        const tooLarge = new PayloadTooLargeError(
          `Request body exceeds ${
            maxBytes / 1024
          } KB (maturity.pushedFacts.maxBodyKb)`,
        );
        res.status(tooLarge.statusCode).json({
          error: serializeError(tooLarge),
          request: { method: req.method, url: req.originalUrl },
          response: { statusCode: tooLarge.statusCode },
        });
        return;
      }
      next(error);
    });
  };
}
