import { APIRequestContext, expect, test } from '@playwright/test';
import { getJson } from '../support/backendApi';
import { poll } from '../support/poll';
import { BACKEND_URL, guestToken, MATURITY_API } from '../support/portal';

// The demo backend publishes the maturity levels back to TechInsights
// (plugins/tech-insights-backend-module-maturity, retriever
// `maturityLevelsRetriever`, every minute in app-config.yaml). Whatever
// TechInsights serves for a service must be the levels of its scorecard.
const RETRIEVER = 'maturityLevelsRetriever';
const MODEL = 'caict-devops';
const SERVICE = {
  kind: 'component',
  namespace: 'default',
  name: 'quickpay-gateway',
};
const ENTITY_REF = `${SERVICE.kind}:${SERVICE.namespace}/${SERVICE.name}`;

interface DomainResult {
  domainId: string;
  level: number | null;
  score: number;
}

interface ScorecardResults {
  modelId: string;
  level: number | null;
  score: number;
  evaluatedAt: string;
  domains: DomainResult[];
}

/** The fact name of a domain's level: `continuous-delivery` → `continuousDeliveryLevel`. */
function domainLevelFact(domainId: string): string {
  return `${domainId.replace(/-([a-z0-9])/g, (_, c: string) =>
    c.toUpperCase(),
  )}Level`;
}

/** The facts the retriever publishes for a scorecard; levels that do not apply are left out. */
function expectedFacts(card: ScorecardResults): Record<string, unknown> {
  const applicable = card.domains.filter(d => d.level !== null);
  return {
    ...(card.level !== null && { overallLevel: card.level }),
    score: card.score,
    modelId: card.modelId,
    evaluatedAt: card.evaluatedAt,
    domainLevels: Object.fromEntries(
      applicable.map(d => [d.domainId, d.level]),
    ),
    domainScores: Object.fromEntries(
      applicable.map(d => [d.domainId, d.score]),
    ),
    ...Object.fromEntries(
      applicable.map(d => [domainLevelFact(d.domainId), d.level]),
    ),
  };
}

async function latestFacts(request: APIRequestContext, token: string) {
  const body = await getJson(
    request,
    token,
    `${BACKEND_URL}/api/tech-insights/facts/latest?entity=${encodeURIComponent(
      ENTITY_REF,
    )}&ids[]=${RETRIEVER}`,
  );
  return body[RETRIEVER]?.facts as Record<string, unknown> | undefined;
}

async function scorecard(request: APIRequestContext, token: string) {
  const { kind, namespace, name } = SERVICE;
  return (await getJson(
    request,
    token,
    `${MATURITY_API}/entities/${kind}/${namespace}/${name}/scorecard?model=${MODEL}&view=results`,
  )) as ScorecardResults;
}

test('TechInsights serves the maturity levels of a service as facts, equal to its scorecard', async ({
  request,
}) => {
  const token = await guestToken(request);
  // The retriever runs every minute and stores what the maturity backend had
  // then; a scheduled evaluation (or another test's refresh) moves
  // evaluatedAt on. Wait for facts read after the scorecard's evaluation.
  const { card, facts } = await poll(
    `${RETRIEVER} facts of ${ENTITY_REF} for its latest evaluation`,
    async () => {
      const current = await scorecard(request, token);
      const published = await latestFacts(request, token);
      return published?.evaluatedAt === current.evaluatedAt
        ? { card: current, facts: published }
        : undefined;
    },
    { timeoutMs: 90_000, intervalMs: 3000 },
  );

  expect(facts).toEqual(expectedFacts(card));
  // The demo service is evaluated in the SRE domain: a TechInsights check
  // such as "sreLevel >= 3" has an integer to compare.
  expect(facts.sreLevel).toEqual(expect.any(Number));

  const schemas = await getJson(
    request,
    token,
    `${BACKEND_URL}/api/tech-insights/fact-schemas?ids[]=${RETRIEVER}`,
  );
  expect(schemas[0]).toMatchObject({
    id: RETRIEVER,
    overallLevel: { type: 'integer' },
    score: { type: 'float' },
    sreLevel: { type: 'integer' },
    domainLevels: { type: 'object' },
  });
});
