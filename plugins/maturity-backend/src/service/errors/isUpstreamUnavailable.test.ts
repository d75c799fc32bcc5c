import { ResponseError } from '@backstage/errors';
import { isUpstreamUnavailable } from './isUpstreamUnavailable';

async function responseError(status: number) {
  return ResponseError.fromResponse(
    new Response(JSON.stringify({ error: { name: 'Error', message: 'x' } }), {
      status,
      statusText: 'x',
      headers: { 'content-type': 'application/json' },
    }) as any,
  );
}

describe('isUpstreamUnavailable', () => {
  it('recognises failed fetches', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED'), {
      code: 'ECONNREFUSED',
    });
    expect(
      isUpstreamUnavailable(new TypeError('fetch failed', { cause } as any)),
    ).toBe(true);
    expect(
      isUpstreamUnavailable(
        Object.assign(new Error('request failed'), { name: 'FetchError' }),
      ),
    ).toBe(true);
  });

  it('recognises gateway statuses of a ResponseError only', async () => {
    expect(isUpstreamUnavailable(await responseError(503))).toBe(true);
    expect(isUpstreamUnavailable(await responseError(504))).toBe(true);
    expect(isUpstreamUnavailable(await responseError(500))).toBe(false);
    expect(isUpstreamUnavailable(await responseError(404))).toBe(false);
  });

  it('leaves other errors alone', () => {
    expect(isUpstreamUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isUpstreamUnavailable(new Error('fetch failed'))).toBe(false);
    expect(isUpstreamUnavailable(null)).toBe(false);
  });
});
