import type { APIRequestContext } from '@playwright/test';
import { countEvaluatedExampleEntities } from './exampleCatalog';
import { poll } from './poll';
import { BACKEND_URL, guestToken, MATURITY_API } from './portal';

interface Run {
  id: string;
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  entities: number;
  errors: number;
}

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
const FACT_PROBE_ENTITY = 'component:default/quickpay-gateway';

async function getJson(
  request: APIRequestContext,
  token: string,
  url: string,
): Promise<any> {
  const response = await request.get(url, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok()) throw new Error(`GET ${url}: HTTP ${response.status()}`);
  return response.json();
}

async function latestRuns(request: APIRequestContext, token: string) {
  const body = await getJson(request, token, `${MATURITY_API}/runs?limit=10`);
  return body.items as Run[];
}

function finished(run: Run): Run | undefined {
  if (run.status === 'failed') {
    throw new Error(`Maturity evaluation run ${run.id} failed`);
  }
  return run.status === 'succeeded' ? run : undefined;
}

async function catalogCount(request: APIRequestContext, token: string) {
  const filter = ['component', 'system', 'api', 'resource']
    .map(kind => `filter=kind=${kind}`)
    .join('&');
  const body = await getJson(
    request,
    token,
    `${BACKEND_URL}/api/catalog/entities/by-query?${filter}&limit=1&fields=kind`,
  );
  return body.totalItems as number;
}

/** Whether the catalog lists the guest as a member of quick-payment-team. */
async function guestTeamKnown(request: APIRequestContext, token: string) {
  const guest = await getJson(
    request,
    token,
    `${BACKEND_URL}/api/catalog/entities/by-name/user/default/guest`,
  );
  return (guest.relations ?? []).some(
    (relation: { type: string; targetRef: string }) =>
      relation.type === 'memberOf' &&
      relation.targetRef === 'group:default/quick-payment-team',
  );
}

/** When the newest demo facts were stored, once every demo retriever ran. */
async function newestDemoFactTime(request: APIRequestContext, token: string) {
  const ids = DEMO_RETRIEVERS.map(id => `ids[]=${id}`).join('&');
  const facts = await getJson(
    request,
    token,
    `${BACKEND_URL}/api/tech-insights/facts/latest?entity=${encodeURIComponent(
      FACT_PROBE_ENTITY,
    )}&${ids}`,
  );
  if (DEMO_RETRIEVERS.some(id => !facts[id])) return undefined;
  return Math.max(
    ...DEMO_RETRIEVERS.map(id => new Date(facts[id].timestamp).getTime()),
  );
}

/**
 * Waits until the portal's first scheduled maturity evaluation finished and
 * the results cover the whole demo catalog with every demo fact. The first
 * run may start while the catalog is still being ingested or before the fact
 * retrievers ran; then a full run is triggered (`POST /runs`, the guest's team
 * is a maturity admin in the demo policy) and awaited, so every test starts
 * from the same evaluated state.
 */
export async function waitForCompleteEvaluation(
  request: APIRequestContext,
): Promise<void> {
  const minutes = 60_000;
  // Any signed-in user may read; before the catalog holds the guest's team,
  // the token carries no group membership.
  let token = await guestToken(request);
  const firstRun = await poll(
    'the first maturity evaluation run',
    async () => {
      const runs = await latestRuns(request, token);
      return runs.length ? finished(runs[0]) : undefined;
    },
    { timeoutMs: 5 * minutes, intervalMs: 2000 },
  );

  const expected = countEvaluatedExampleEntities();
  await poll(
    `the catalog to hold the ${expected} demo entities of evaluated kinds`,
    async () =>
      (await catalogCount(request, token)) === expected ? true : undefined,
    { timeoutMs: 2 * minutes },
  );
  await poll(
    "the catalog to list the guest's team",
    async () => ((await guestTeamKnown(request, token)) ? true : undefined),
    { timeoutMs: 2 * minutes },
  );
  const factsAt = await poll(
    'the demo fact retrievers',
    () => newestDemoFactTime(request, token),
    { timeoutMs: 2 * minutes },
  );

  const complete =
    firstRun.entities === expected &&
    firstRun.errors === 0 &&
    new Date(firstRun.startedAt).getTime() > factsAt;
  if (complete) return;

  // Signed in again now that the catalog knows the guest's team.
  token = await guestToken(request);
  const trigger = await request.post(`${MATURITY_API}/runs`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (trigger.status() !== 202) {
    throw new Error(`POST /runs: HTTP ${trigger.status()}`);
  }
  const run = await poll(
    'the triggered maturity evaluation run',
    async () => {
      const [latest] = await latestRuns(request, token);
      return latest && latest.id !== firstRun.id ? finished(latest) : undefined;
    },
    { timeoutMs: 5 * minutes },
  );
  if (run.entities !== expected || run.errors !== 0) {
    throw new Error(
      `The maturity run evaluated ${run.entities} entities with ${run.errors} errors; expected ${expected} without errors`,
    );
  }
}
