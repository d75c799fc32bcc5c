import type { APIRequestContext } from '@playwright/test';
import { getJson } from './backendApi';
import { BACKEND_URL } from './portal';

/** The demo fact retrievers whose facts the CAICT model reads. */
const DEMO_RETRIEVERS = [
  'sloFactRetriever',
  'doraFactRetriever',
  'codeQualityFactRetriever',
  'securityFactRetriever',
  'resilienceFactRetriever',
  'platformFactRetriever',
];

/** An entity every demo retriever publishes facts for. */
const PROBE_ENTITY = 'component:default/quickpay-gateway';

/**
 * When the newest demo facts were stored, once every demo retriever ran
 * (each stores the facts of all entities at once); undefined before.
 */
export async function newestDemoFactTime(
  request: APIRequestContext,
  token: string,
): Promise<number | undefined> {
  const ids = DEMO_RETRIEVERS.map(id => `ids[]=${id}`).join('&');
  const facts = await getJson(
    request,
    token,
    `${BACKEND_URL}/api/tech-insights/facts/latest?entity=${encodeURIComponent(
      PROBE_ENTITY,
    )}&${ids}`,
  );
  if (DEMO_RETRIEVERS.some(id => !facts[id])) return undefined;
  return Math.max(
    ...DEMO_RETRIEVERS.map(id => new Date(facts[id].timestamp).getTime()),
  );
}
