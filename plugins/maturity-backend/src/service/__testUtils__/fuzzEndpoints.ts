import fc from 'fast-check';
import {
  anyText,
  DATES,
  FuzzVocabulary,
  RAW_PERCENT,
  WAIVER_ID,
} from './fuzzValues';

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
  'campaigns',
];

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
  ['GET', ['indicators'], ['model', 'group']],
  ['GET', ['attestations'], ['entityRef']],
  ['POST', ['attestations'], []],
  ['GET', ['waivers'], ['entityRef']],
  ['POST', ['waivers'], []],
  ['DELETE', ['waivers', '*'], ['reason']],
  ['DELETE', ['waivers', WAIVER_ID], ['reason']],
  ['GET', ['gate'], ['model', 'entityRef', 'minLevel', 'domain']],
  ['POST', ['evaluate'], []],
  ['GET', ['runs'], ['limit']],
  ['GET', ['campaigns'], ['state', 'owner']],
  ['POST', ['campaigns'], []],
  ['GET', ['campaigns', '*'], []],
  ['PUT', ['campaigns', '*'], []],
  ['POST', ['campaigns', '*', 'archive'], []],
  ['GET', ['campaigns', '*', 'audit'], []],
  ['GET', ['campaigns', '*', 'progress'], []],
  ['GET', ['entities', '*', '*', '*', 'campaigns'], []],
  ['GET', ['groups', '*', '*', 'campaigns'], []],
];

/** A full evaluation run per request is slow; ask for one less often. */
const RARE_ROUTES: Array<[string, string[], string[]]> = [
  ['POST', ['runs'], []],
];

const METHODS = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'HEAD', 'OPTIONS'];

/** A method and path: mostly a route with its own method, sometimes not. */
export function endpointOf(
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
