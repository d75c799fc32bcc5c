import type { EntityListItem } from '@devops-maturity/plugin-maturity-common';

/** One answer of the fake maturity backend. */
export type FakeAnswer =
  | { status: number; body?: unknown }
  | { networkError: string };

/**
 * A fetch that answers like the maturity backend's `GET /entities`, one
 * answer per call in order, and records every request's URL and headers.
 */
export function fakeMaturityFetch(answers: FakeAnswer[]) {
  const requests: Array<{ url: URL; authorization: string | null }> = [];
  const fetchImpl = (async (input: string | URL, init?: RequestInit) => {
    requests.push({
      url: new URL(String(input)),
      authorization: new Headers(init?.headers).get('authorization'),
    });
    const answer = answers.shift();
    if (!answer)
      throw new Error('the fake maturity backend got too many requests');
    if ('networkError' in answer) throw new TypeError(answer.networkError);
    return new Response(
      answer.body === undefined ? null : JSON.stringify(answer.body),
      {
        status: answer.status,
        statusText: answer.status === 503 ? 'Service Unavailable' : '',
        headers: { 'Content-Type': 'application/json' },
      },
    );
  }) as typeof fetch;
  return { fetch: fetchImpl, requests };
}

/** An evaluated entity as `GET /entities` lists it. */
export function listItem(
  name: string,
  levels: { level: number | null; score: number },
  domains: EntityListItem['domains'],
): EntityListItem {
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    namespace: 'default',
    name,
    modelId: 'caict-devops',
    level: levels.level,
    score: levels.score,
    evaluatedAt: '2026-12-07T01:00:00.000Z',
    updatedAt: '2026-12-06T09:00:00.000Z',
    domains,
  };
}
