import { APIRequestContext, expect, Locator, test } from '@playwright/test';
import { getJson } from '../support/backendApi';
import { setTechInsightsDown } from '../support/evidenceOutage';
import {
  domainSummary,
  maturityTabPath,
  openCheck,
  openEntityTab,
  overallLevel,
} from '../support/maturityTab';
import { guestToken, MATURITY_API } from '../support/portal';
import {
  triggerRun,
  waitForIdleEvaluation,
  waitForRunAfter,
} from '../support/runs';

// "Staleness is data": the e2e portal's backend reads TechInsights through a
// fault proxy (e2e/support/faultProxy.js, e2e/app-config.e2e.yaml). With the
// proxy cut, re-evaluating QuickPay Gateway (Quick Payment Team, every demo
// fact retriever publishes facts for it) keeps the earlier results of its
// TechInsights checks: its levels stay, and the tab, its team's tab and the
// org dashboard say which evidence is stale since when.
const SERVICE_REF = 'component:default/quickpay-gateway';
const SERVICE_TITLE = 'QuickPay Gateway';
const SERVICE_PATH = 'component/default/quickpay-gateway';
const TEAM_REF = 'group:default/quick-payment-team';
const TECH_INSIGHTS = 'techInsights';

interface StaleMarker {
  source: string;
  since: string;
  evidenceAt?: string;
}

interface Outage {
  source: string;
  since: string;
  lastFailureAt: string;
  lastSuccessAt?: string;
  message: string;
  checks: number;
}

interface Check {
  checkId: string;
  title: string;
  status: string;
  source: string;
  stale?: StaleMarker;
}

interface Scorecard {
  level: number | null;
  evaluatedAt: string;
  domains: Array<{
    domainId: string;
    title: string;
    level: number | null;
    capabilities: Array<{ checks: Check[] }>;
  }>;
  staleEvidence?: Outage[];
}

interface StaleEvidenceSummary {
  entities: number;
  checks: number;
  sources: Array<{ source: string; entities: number; since: string }>;
  items: Array<{ entityRef: string; outages: Outage[] }>;
}

/** Every check of a scorecard with its domain's title. */
function checksOf(card: Scorecard): Array<Check & { domainTitle: string }> {
  return card.domains.flatMap(domain =>
    domain.capabilities.flatMap(capability =>
      capability.checks.map(check => ({ ...check, domainTitle: domain.title })),
    ),
  );
}

/** The overall level and each domain's level. */
function levelsOf(card: Scorecard) {
  return {
    overall: card.level,
    domains: Object.fromEntries(card.domains.map(d => [d.domainId, d.level])),
  };
}

function authorization(token: string) {
  return { Authorization: `Bearer ${token}` };
}

async function scorecard(
  request: APIRequestContext,
  token: string,
): Promise<Scorecard> {
  return getJson(
    request,
    token,
    `${MATURITY_API}/entities/${SERVICE_PATH}/scorecard`,
  );
}

/** Re-evaluates the service now (the guest's team is a maturity admin). */
async function refresh(
  request: APIRequestContext,
  token: string,
): Promise<Scorecard> {
  const response = await request.post(
    `${MATURITY_API}/entities/${SERVICE_PATH}/refresh`,
    { headers: authorization(token) },
  );
  if (!response.ok()) {
    throw new Error(
      `POST …/${SERVICE_PATH}/refresh: HTTP ${response.status()} ${await response.text()}`,
    );
  }
  return response.json();
}

async function staleEvidence(
  request: APIRequestContext,
  token: string,
  group?: string,
): Promise<StaleEvidenceSummary> {
  const query = group ? `?group=${encodeURIComponent(group)}` : '';
  return getJson(request, token, `${MATURITY_API}/stale-evidence${query}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The count in a banner: exact when the backend's count held still around
 * the page load (a scheduled run may mark more entities stale meanwhile).
 */
async function expectCount(
  banner: Locator,
  counts: [number, number],
  text: (count: string) => string,
) {
  const [before, after] = counts;
  const count = before === after ? String(before) : '\\d+';
  await expect(banner).toContainText(new RegExp(`(?<!\\d)${text(count)}`));
}

test.setTimeout(300_000);

test.afterAll(async ({ playwright }, testInfo) => {
  // Whatever happened, TechInsights answers again, and no entity keeps
  // results from the outage: a scheduled run may have fallen into it.
  testInfo.setTimeout(15 * 60_000);
  const request = await playwright.request.newContext();
  try {
    await setTechInsightsDown(request, false);
    const token = await guestToken(request);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const previous = await waitForIdleEvaluation(request, token);
      const summary = await staleEvidence(request, token);
      if (summary.entities === 0) return;
      const status = await triggerRun(request, token);
      if (status === 409) continue; // a scheduled run just started
      if (status !== 202) throw new Error(`POST /runs: HTTP ${status}`);
      await waitForRunAfter(request, token, previous);
    }
    const left = await staleEvidence(request, token);
    if (left.entities > 0) {
      throw new Error(
        `Entities still rest on stale evidence after the outage: ${left.items
          .map(item => item.entityRef)
          .join(', ')}`,
      );
    }
  } finally {
    await request.dispose();
  }
});

test('with TechInsights unreachable, the tab shows the stale evidence and keeps the levels', async ({
  page,
  request,
}) => {
  const token = await guestToken(request);
  const before = await scorecard(request, token);
  expect(before.staleEvidence ?? []).toEqual([]);
  const statusBefore = new Map(
    checksOf(before).map(check => [check.checkId, check.status]),
  );
  expect(
    checksOf(before).filter(check => check.source === TECH_INSIGHTS).length,
  ).toBeGreaterThan(0);

  await setTechInsightsDown(request, true);
  const during = await refresh(request, token);

  // The API: the outage is recorded, the checks concerned are marked and
  // keep their earlier results, so the levels do not move.
  expect(Date.parse(during.evaluatedAt)).toBeGreaterThan(
    Date.parse(before.evaluatedAt),
  );
  const outage = (during.staleEvidence ?? []).find(
    o => o.source === TECH_INSIGHTS,
  );
  expect(outage).toBeDefined();
  expect(outage!.message).not.toEqual('');
  expect(outage!.lastSuccessAt).toBeDefined();
  const staleChecks = checksOf(during).filter(
    check => check.stale?.source === TECH_INSIGHTS,
  );
  expect(staleChecks.length).toBeGreaterThan(0);
  expect(outage!.checks).toBe(staleChecks.length);
  expect(staleChecks.map(check => [check.checkId, check.status])).toEqual(
    staleChecks.map(check => [check.checkId, statusBefore.get(check.checkId)]),
  );
  expect(levelsOf(during)).toEqual(levelsOf(before));
  const stored = await scorecard(request, token);
  expect(levelsOf(stored)).toEqual(levelsOf(before));
  expect(stored.staleEvidence?.map(o => [o.source, o.checks])).toEqual(
    during.staleEvidence?.map(o => [o.source, o.checks]),
  );

  // The Maturity tab: the banner names the source, the checks and what the
  // provider said; the levels shown are those from before the outage.
  await page.goto(maturityTabPath(SERVICE_REF));
  const banner = page.getByRole('status', { name: 'Stale evidence' });
  await expect(banner).toContainText(
    new RegExp(
      `TechInsights unreachable since .+ — ${
        outage!.checks
      } checks? shows? (its result|results) from `,
    ),
  );
  await expect(banner).toContainText(
    `TechInsights reported: ${outage!.message}`,
  );
  await expect(overallLevel(page)).toContainText(
    before.level === null ? 'Not applicable' : `Level ${before.level} · `,
  );
  for (const domain of before.domains.filter(d => d.level !== null)) {
    await expect(domainSummary(page, domain.title)).toHaveAccessibleName(
      new RegExp(`Level ${domain.level} · `),
    );
  }
  const titles = checksOf(during).map(check => check.title);
  const marked = staleChecks.find(
    check => titles.filter(title => title === check.title).length === 1,
  );
  expect(marked).toBeDefined();
  const check = await openCheck(page, marked!.domainTitle, marked!.title);
  await expect(check).toContainText(
    /result from .+ — TechInsights unreachable/,
  );

  // The team's tab: how many of its entities rest on stale evidence, with a
  // link to the service's Maturity tab.
  const teamCountBefore = (await staleEvidence(request, token, TEAM_REF))
    .entities;
  expect(teamCountBefore).toBeGreaterThan(0);
  await page.goto('/catalog/default/group/quick-payment-team');
  await openEntityTab(page, 'Maturity');
  const teamBanner = page.getByRole('status', { name: 'Stale evidence' });
  await expect(teamBanner).toContainText(
    /shows? results from before an outage: TechInsights unreachable since/,
  );
  await expect(
    teamBanner.getByRole('link', { name: SERVICE_TITLE }),
  ).toHaveAttribute(
    'href',
    new RegExp(`${escapeRegExp(maturityTabPath(SERVICE_REF))}$`),
  );
  const teamCountAfter = (await staleEvidence(request, token, TEAM_REF))
    .entities;
  await expectCount(
    teamBanner,
    [teamCountBefore, teamCountAfter],
    count => `${count} entit(y|ies) of this team shows? results`,
  );

  // The org dashboard: how many entities rest on stale evidence, unfolding
  // into the list.
  const orgCountBefore = (await staleEvidence(request, token)).entities;
  await page.goto('/maturity');
  const orgBanner = page.getByRole('status', { name: 'Stale evidence' });
  await expect(orgBanner).toContainText(
    /TechInsights unreachable since .+ \(\d+ entit/,
  );
  const orgCountAfter = (await staleEvidence(request, token)).entities;
  await expectCount(
    orgBanner,
    [orgCountBefore, orgCountAfter],
    count => `${count} entit(y rests|ies rest) on stale evidence`,
  );
  await orgBanner.getByRole('button', { name: 'Show entities' }).click();
  await expect(
    orgBanner
      .getByRole('list', { name: 'Entities on stale evidence' })
      .getByRole('link', { name: SERVICE_TITLE }),
  ).toBeVisible();

  // TechInsights answers again: the next evaluation reads it (the circuit
  // breaker lives for one batch only) and the banner is gone. A scheduled run
  // that read during the outage could still overwrite a fresh result: let it
  // end first.
  await setTechInsightsDown(request, false);
  await waitForIdleEvaluation(request, token);
  const after = await refresh(request, token);
  expect(after.staleEvidence ?? []).toEqual([]);
  expect(checksOf(after).filter(c => c.stale)).toEqual([]);
  await page.goto(maturityTabPath(SERVICE_REF));
  await expect(overallLevel(page)).toBeVisible();
  await expect(
    page.getByRole('status', { name: 'Stale evidence' }),
  ).toHaveCount(0);
});
