import fc from 'fast-check';
import { bodyOf } from './fuzzBodies';
import { endpointOf } from './fuzzEndpoints';
import type { FuzzVocabulary } from './fuzzValues';

export type { FuzzVocabulary } from './fuzzValues';
export { WAIVER_ID } from './fuzzValues';

/** One generated HTTP request against the maturity API. */
export interface FuzzRequest {
  method: string;
  /** Path below the plugin's base path, already percent-encoded. */
  path: string;
  /** Raw query string without the leading `?`, possibly empty. */
  query: string;
  contentType?: string;
  /** Raw body bytes (as a string), possibly invalid JSON. */
  body?: string;
  /** Index into the caller's list of Authorization headers. */
  auth: number;
}

/** Generates requests: methods, paths, queries, headers and bodies. */
export function fuzzRequests(
  vocabulary: FuzzVocabulary,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      endpoint: endpointOf(vocabulary),
      contentType: fc.oneof(
        { weight: 8, arbitrary: fc.constant('application/json') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            undefined,
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/json; charset=latin1',
            'application/json; charset=utf-16',
            'application/merge-patch+json',
            'multipart/form-data; boundary=x',
          ),
        },
      ),
      body: bodyOf(vocabulary),
      auth: fc.oneof(
        { weight: 8, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.nat({ max: vocabulary.authVariants - 1 }) },
      ),
    })
    .map(({ endpoint, ...rest }) => {
      const req: FuzzRequest = { ...endpoint, ...rest };
      return Object.assign(req, {
        [fc.toStringMethod]: () => describeRequest(req),
      });
    });
}

/** A request as a short line for failure reports (bodies abbreviated). */
export function describeRequest(req: FuzzRequest): string {
  const body =
    req.body && req.body.length > 300
      ? `${req.body.slice(0, 200)}... (${req.body.length} chars)`
      : req.body;
  return JSON.stringify({ ...req, body });
}
