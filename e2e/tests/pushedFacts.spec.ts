import { APIRequestContext, expect, test } from '@playwright/test';
import { getJson } from '../support/backendApi';
import {
  domainSummary,
  maturityTabPath,
  openCheck,
} from '../support/maturityTab';
import { poll } from '../support/poll';
import { DEMO_CI_TOKEN, guestToken, MATURITY_API } from '../support/portal';

// A pipeline pushes the coverage and test pass rate it measured (source `ci`,
// declared in app-config.yaml under maturity.pushedFacts) with the demo's
// static external-access token. The built-in model prefers pushed CI values
// to TechInsights' (`first` rules): Core Accounts Service has 38.5 %
// coverage in TechInsights, so its coverage checks fail until CI pushes 82.5 %.
const ENTITY_REF = 'component:default/core-accounts-service';
const SCORECARD = `${MATURITY_API}/entities/component/default/core-accounts-service/scorecard?view=results`;
const DOMAIN = 'Continuous Testing';
const CHECK = 'Line coverage ≥ 80 %';
const COVERAGE_CHECKS = ['ct-coverage-40', 'ct-coverage-60', 'ct-coverage-80'];

interface CheckResult {
  checkId: string;
  status: string;
  source?: string;
}

async function coverageStatuses(request: APIRequestContext, token: string) {
  const card = await getJson(request, token, SCORECARD);
  const checks = card.checks as CheckResult[];
  return Object.fromEntries(
    COVERAGE_CHECKS.map(id => [id, checks.find(c => c.checkId === id)]),
  ) as Record<string, CheckResult>;
}

function push(
  request: APIRequestContext,
  token: string | undefined,
  body: object,
) {
  return request.post(`${MATURITY_API}/facts`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    data: body,
  });
}

test('facts pushed from CI with a static token are validated, stored once and score the checks that read them', async ({
  page,
  request,
}) => {
  const guest = await guestToken(request);
  const before = await coverageStatuses(request, guest);
  for (const id of COVERAGE_CHECKS) {
    expect(before[id]).toMatchObject({
      status: 'failed',
      source: 'techInsights',
    });
  }

  const timestamp = new Date(Date.now() - 60_000).toISOString();
  const body = {
    entityRef: ENTITY_REF,
    source: 'ci',
    timestamp,
    facts: { testCoverage: 82.5, automatedTestPassRate: 97.2 },
  };

  // no token, a wrong value type, a misspelt fact: refused, nothing stored
  expect((await push(request, undefined, body)).status()).toBe(401);
  const wrongType = await push(request, DEMO_CI_TOKEN, {
    ...body,
    facts: { testCoverage: 'high' },
  });
  expect(wrongType.status()).toBe(400);
  expect((await wrongType.json()).error.message).toContain(
    'facts.testCoverage',
  );
  const misspelt = await push(request, DEMO_CI_TOKEN, {
    ...body,
    facts: { testCoverag: 82.5 },
  });
  expect(misspelt.status()).toBe(400);
  expect((await misspelt.json()).error.message).toContain('testCoverage');

  // the push, and its retry: stored once
  const first = await push(request, DEMO_CI_TOKEN, body);
  expect(first.status()).toBe(201);
  expect(await first.json()).toMatchObject({
    entityRef: ENTITY_REF,
    stored: true,
  });
  const retry = await push(request, DEMO_CI_TOKEN, body);
  expect(retry.status()).toBe(200);
  expect(await retry.json()).toMatchObject({ stored: false });

  // the push re-evaluates the entity: the coverage checks now pass on CI's value
  const after = await poll(
    'the coverage checks to pass on the pushed value',
    async () => {
      const statuses = await coverageStatuses(request, guest);
      return COVERAGE_CHECKS.every(id => statuses[id]?.status === 'passed')
        ? statuses
        : undefined;
    },
    { timeoutMs: 30_000 },
  );
  for (const id of COVERAGE_CHECKS) {
    expect(after[id].source).toBe('pushed');
  }

  // the Maturity tab shows it: the domain level the API gives, the check
  // passed with the pushed value and its source
  const card = await getJson(request, guest, SCORECARD);
  const testing = card.domains.find(
    (d: { domainId: string }) => d.domainId === 'continuous-testing',
  );
  await page.goto(maturityTabPath(ENTITY_REF));
  await expect(domainSummary(page, DOMAIN)).toHaveAccessibleName(
    new RegExp(`Level ${testing.level} `),
  );
  const check = await openCheck(page, DOMAIN, CHECK);
  await expect(check).toContainText('82.5');
  await expect(check).toContainText('CI (pushed)');
});
