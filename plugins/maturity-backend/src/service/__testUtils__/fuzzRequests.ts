import fc from 'fast-check';

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

/** Values the generators combine with random data to reach deep code paths. */
export interface FuzzVocabulary {
  entityRefs: string[];
  groupRefs: string[];
  modelIds: string[];
  domainIds: string[];
  checkIds: string[];
  /** Checks that take attestations. */
  attestableCheckIds: string[];
  /** How many Authorization header variants the caller offers. */
  authVariants: number;
}

/** Marks a path segment the sender replaces with the id of a created waiver. */
export const WAIVER_ID = '__waiver_id__';

const KNOWN_WORDS = [
  'component',
  'Component',
  'system',
  'group',
  'default',
  'quickpay-gateway',
  'clearing-batch',
  'payments-dept',
  'bank',
  'caict-devops',
  'scorecard',
  'refresh',
  'history',
  'rollup',
];

const ODD_TEXT = [
  '',
  ' ',
  '-1',
  '0',
  '99999999999999999999999',
  '9007199254740993',
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  '2.5',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '..',
  '.',
  'a'.repeat(64),
  'a'.repeat(254),
];

/** Percent sequences a client may send verbatim: broken, overlong, NUL, slash. */
const RAW_PERCENT = [
  '%',
  '%z',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%FF',
  '%00',
  '%2F',
  '%2e%2e',
  '%252F',
  '%u0041',
];

const DATES = [
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00.000+14:00',
  '2026-13-45T99:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  'yesterday',
  '2026-01-01',
  '1700000000000',
];

/** Any text: printable ASCII, full unicode graphemes, or control characters. */
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }),
  fc.constantFrom(...ODD_TEXT),
);

/** An encoded path segment. */
function pathSegment(vocabulary: FuzzVocabulary): fc.Arbitrary<string> {
  const refParts = vocabulary.entityRefs.flatMap(ref => ref.split(/[:/]/));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...KNOWN_WORDS, ...refParts) },
    {
      weight: 3,
      arbitrary: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z]{1,6})?$/),
    },
    { weight: 3, arbitrary: anyText.map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_PERCENT) },
    {
      weight: 1,
      arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 200, max: 3000 }).map(n => 'a'.repeat(n)),
    },
  );
}

const LIST = ['model', 'group', 'domain', 'minLevel', 'maxLevel', 'kind'];
const PERIOD = ['model', 'group', 'domain', 'from', 'to'];

/**
 * The API's routes: method, path (`*` is a generated segment) and query
 * parameters.
 */
const ROUTES: Array<[string, string[], string[]]> = [
  ['GET', ['health'], []],
  ['GET', ['models'], []],
  ['GET', ['models', '*'], []],
  ['GET', ['entities'], [...LIST, 'lifecycle', 'cursor', 'limit']],
  ['GET', ['entities'], ['cursor', 'limit']],
  ['GET', ['entities', '*', '*', '*', 'scorecard'], ['model']],
  ['POST', ['entities', '*', '*', '*', 'refresh'], ['model']],
  ['GET', ['entities', '*', '*', '*', 'history'], PERIOD],
  ['GET', ['entities', '*', '*', '*', '*'], ['model']],
  ['GET', ['groups', '*', '*', 'rollup'], ['model', 'weakest']],
  ['GET', ['rollups'], ['model']],
  ['GET', ['rollups', 'trend'], PERIOD],
  ['GET', ['attestations'], ['entityRef']],
  ['POST', ['attestations'], []],
  ['GET', ['waivers'], ['entityRef']],
  ['POST', ['waivers'], []],
  ['DELETE', ['waivers', '*'], ['reason']],
  ['DELETE', ['waivers', WAIVER_ID], ['reason']],
  ['GET', ['gate'], ['model', 'entityRef', 'minLevel', 'domain']],
  ['POST', ['evaluate'], []],
  ['GET', ['runs'], ['limit']],
];

/** A full evaluation run per request is slow; ask for one less often. */
const RARE_ROUTES: Array<[string, string[], string[]]> = [
  ['POST', ['runs'], []],
];

const METHODS = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'HEAD', 'OPTIONS'];

/** A method and path: mostly a route with its own method, sometimes not. */
function endpointOf(
  vocabulary: FuzzVocabulary,
): fc.Arbitrary<{ method: string; path: string; query: string }> {
  const segment = pathSegment(vocabulary);
  const otherMethod = fc.constantFrom(...METHODS);
  const templated = fc
    .oneof(
      { weight: 80, arbitrary: fc.constantFrom(...ROUTES) },
      { weight: 1, arbitrary: fc.constantFrom(...RARE_ROUTES) },
    )
    .chain(route =>
      fc.tuple(
        fc.constant(route),
        queryOf(vocabulary, route[2]),
        fc.oneof(
          fc.array(segment, { minLength: 4, maxLength: 4 }),
          fc
            .tuple(fc.constantFrom(...vocabulary.entityRefs), segment)
            .map(([ref, last]) => [...ref.split(/[:/]/), last]),
        ),
        fc.oneof(
          { weight: 9, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: otherMethod },
        ),
        fc.oneof(
          { weight: 9, arbitrary: fc.constant('') },
          { weight: 1, arbitrary: fc.constant('/') },
        ),
      ),
    )
    .map(([[routeMethod, route], query, segments, method, trailing]) => {
      let next = 0;
      const parts = route.map(p => (p === '*' ? segments[next++] : p));
      return {
        method: method ?? routeMethod,
        path: `/${parts.join('/')}${trailing}`,
        query,
      };
    });
  const random = fc
    .tuple(
      otherMethod,
      fc.array(segment, { maxLength: 7 }),
      queryOf(vocabulary, []),
    )
    .map(([method, parts, query]) => ({
      method,
      path: `/${parts.join('/')}`,
      query,
    }));
  return fc.oneof(
    { weight: 8, arbitrary: templated },
    { weight: 1, arbitrary: random },
  );
}

/** Cursors: well-formed with odd positions, other JSON, or not base64. */
function cursorOf(vocabulary: FuzzVocabulary): fc.Arbitrary<string> {
  const position = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...vocabulary.entityRefs) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '\0',
        'component:default/a\0',
        '',
        'z'.repeat(300),
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 10 }),
    },
  );
  return fc.oneof(
    {
      weight: 3,
      arbitrary: position.map(after =>
        Buffer.from(JSON.stringify({ after })).toString('base64url'),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .jsonValue({ maxDepth: 2 })
        .map(v => Buffer.from(JSON.stringify(v) ?? '').toString('base64url')),
    },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'binary', maxLength: 40 })
        .map(v => Buffer.from(v).toString('base64')),
    },
  );
}

/** A value a client would plausibly send for a query parameter. */
function plausibleValue(
  name: string,
  vocabulary: FuzzVocabulary,
): fc.Arbitrary<string> {
  const level = fc.integer({ min: 0, max: 5 }).map(String);
  switch (name) {
    case 'model':
      return fc.constantFrom(...vocabulary.modelIds);
    case 'domain':
      return fc.constantFrom(...vocabulary.domainIds);
    case 'minLevel':
    case 'maxLevel':
      return level;
    case 'limit':
    case 'weakest':
      return fc.integer({ min: 0, max: 1001 }).map(String);
    case 'from':
    case 'to':
      return fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map(d => d.toISOString());
    case 'entityRef':
      return fc.constantFrom(...vocabulary.entityRefs);
    case 'group':
      return fc.constantFrom(...vocabulary.groupRefs);
    case 'kind':
      return fc.constantFrom('component', 'System', 'api');
    case 'lifecycle':
      return fc.constantFrom('production', 'experimental');
    case 'cursor':
      return cursorOf(vocabulary);
    default:
      return fc.string({ minLength: 3, maxLength: 40 });
  }
}

/** A query string, mostly of the route's own parameters. */
function queryOf(
  vocabulary: FuzzVocabulary,
  params: string[],
): fc.Arbitrary<string> {
  const names = fc.oneof(
    {
      weight: params.length ? 12 : 0,
      arbitrary: fc.constantFrom('', ...params),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'model[]',
        'model[a]',
        'limit[]',
        'entityRef[0]',
        '__proto__',
        'constructor[prototype][x]',
        'cursor[after]',
        'x',
        '',
      ),
    },
    { weight: 1, arbitrary: anyText },
  );
  const cursor = cursorOf(vocabulary);
  const values = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        ...vocabulary.entityRefs,
        ...vocabulary.groupRefs,
        ...vocabulary.modelIds,
        ...vocabulary.domainIds,
        ...DATES,
      ),
    },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 1200 }).map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 3, arbitrary: anyText },
    { weight: 1, arbitrary: cursor },
  );
  const pair = names
    .chain(name =>
      fc.tuple(
        fc.constant(name),
        values,
        fc.nat(4).map(n => n === 0),
      ),
    )
    .map(([k, v, raw]) =>
      raw
        ? `${k.replace(/[^\x21-\x7e]/gu, encodeURIComponent)}=${v.replace(
            /[^\x21-\x7e]/gu,
            encodeURIComponent,
          )}`
        : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`,
    );
  const plausible = fc
    .subarray(params)
    .chain(chosen =>
      fc.tuple(
        ...chosen.map(name =>
          fc
            .oneof(
              { weight: 5, arbitrary: plausibleValue(name, vocabulary) },
              { weight: 1, arbitrary: values },
            )
            .map(value => `${name}=${encodeURIComponent(value)}`),
        ),
      ),
    )
    .map(pairs => pairs.join('&'));
  return fc.oneof(
    { weight: 9, arbitrary: plausible },
    {
      weight: 9,
      arbitrary: fc.array(pair, { maxLength: 6 }).map(pairs => pairs.join('&')),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...RAW_PERCENT)
        .map(p => `${params[0] ?? 'x'}=${p}`),
    },
  );
}

/** Any JSON value used where the API expects a particular field type. */
const anyField = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  anyText,
  fc.constantFrom(...DATES),
);

function bodyOf(vocabulary: FuzzVocabulary): fc.Arbitrary<string | undefined> {
  const plausible = fc
    .record(
      {
        entityRef: fc.oneof(
          fc.constantFrom(...vocabulary.entityRefs),
          anyField,
        ),
        checkId: fc.oneof(fc.constantFrom(...vocabulary.checkIds), anyField),
        evidenceUrl: fc.oneof(
          fc.webUrl(),
          fc.constantFrom('data:text/html,<b>x</b>', 'ftp://x', 'https://'),
          anyField,
        ),
        reason: fc.oneof(fc.string({ minLength: 3, maxLength: 40 }), anyField),
        comment: anyField,
        expiresAt: fc.oneof(fc.constantFrom(...DATES), anyField),
        model: fc.oneof(fc.constantFrom(...vocabulary.modelIds), anyField),
        entity: fc.oneof(
          fc.record({
            apiVersion: fc.constantFrom('backstage.io/v1alpha1', 'x'),
            kind: fc.oneof(fc.constantFrom('Component', 'API'), anyField),
            metadata: fc.oneof(
              fc.record({ name: anyField, namespace: anyField }),
              anyField,
            ),
            spec: fc.oneof(fc.record({ owner: anyField }), anyField),
            relations: fc.oneof(fc.array(anyField, { maxLength: 3 }), anyField),
          }),
          anyField,
        ),
        facts: fc.oneof(
          fc.dictionary(
            fc.string({ maxLength: 10 }),
            fc.jsonValue({ maxDepth: 2 }),
            {
              maxKeys: 3,
            },
          ),
          anyField,
        ),
        extra: anyField,
      },
      { requiredKeys: [] },
    )
    .map(value => JSON.stringify(value));
  const nested = fc
    .tuple(fc.integer({ min: 10, max: 20_000 }), fc.boolean())
    .map(([depth, arrays]) =>
      arrays
        ? `{"entity":${'['.repeat(depth)}${']'.repeat(depth)}}`
        : `{"entity":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
    );
  const large = fc.constantFrom(100_000, 262_000, 263_000, 400_000).map(size =>
    JSON.stringify({
      entity: {
        kind: 'Component',
        metadata: { name: 'a' },
        pad: 'x'.repeat(size),
      },
    }),
  );
  const broken = fc.constantFrom(
    '',
    '{',
    '{"entityRef":',
    'null',
    '"text"',
    '[]',
    '1',
    'undefined',
    '\u0000',
    '{"a":1}{"b":2}',
    '\uFEFF{}',
  );
  // Bodies a well-behaved client sends, so that writes really happen.
  const future = fc
    .integer({ min: 1, max: 400 })
    .map(days => new Date(Date.now() + days * 86_400_000).toISOString());
  const waiver = fc.record(
    {
      entityRef: fc.constantFrom(...vocabulary.entityRefs),
      checkId: fc.constantFrom(...vocabulary.checkIds),
      reason: fc.string({ unit: 'grapheme', minLength: 3, maxLength: 200 }),
      expiresAt: future,
    },
    { requiredKeys: ['entityRef', 'checkId', 'reason'] },
  );
  const attestation = fc.record(
    {
      entityRef: fc.constantFrom(...vocabulary.entityRefs),
      checkId: fc.constantFrom(...vocabulary.attestableCheckIds),
      evidenceUrl: fc.webUrl(),
      comment: fc.string({ unit: 'grapheme', maxLength: 200 }),
      expiresAt: future,
    },
    { requiredKeys: ['entityRef', 'checkId', 'evidenceUrl'] },
  );
  const wellFormed = fc
    .oneof(waiver, attestation)
    .map(value => JSON.stringify(value));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: wellFormed },
    { weight: 6, arbitrary: plausible },
    { weight: 2, arbitrary: fc.jsonValue().map(v => JSON.stringify(v)) },
    { weight: 1, arbitrary: nested },
    { weight: 1, arbitrary: large },
    { weight: 1, arbitrary: broken },
  );
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
