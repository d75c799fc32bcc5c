import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { getJson } from '../support/backendApi';
import {
  domainSummary,
  maturityTabPath,
  openCheck,
} from '../support/maturityTab';
import { guestToken, MATURITY_API } from '../support/portal';

// The Quick Payment Team (the guest's team) attests "developers on call" once
// for the whole team on its group tab. QuickPay Routing Service has no
// attestation of its own for it, so it inherits the team's; the other
// services of the team do too (or keep their own). Revoking the team
// attestation takes it away from all of them, without a scheduled run.
const TEAM = 'group:default/quick-payment-team';
const SERVICE = 'component:default/quickpay-routing-service';
const DOMAIN = 'Collaborative Development Operations';
const CHECK = 'Developers take part in the on-call rotation';
const CHECK_ID = 'collab-developers-on-call';
const EVIDENCE_URL =
  'https://wiki.harborbank.example/quickpay/on-call-team-rota';

/** The on-call check's status on every entity the team owns, by entity ref. */
async function teamStatuses(request: APIRequestContext) {
  const token = await guestToken(request);
  const list = await getJson(
    request,
    token,
    `${MATURITY_API}/entities?group=${encodeURIComponent(TEAM)}&limit=100`,
  );
  const statuses: Record<string, string> = {};
  for (const item of list.items) {
    const [kind, rest] = item.entityRef.split(':');
    const [namespace, name] = rest.split('/');
    const card = await getJson(
      request,
      token,
      `${MATURITY_API}/entities/${kind}/${namespace}/${name}/scorecard?view=results`,
    );
    const check = card.checks.find(
      (c: { checkId: string }) => c.checkId === CHECK_ID,
    );
    if (check && check.status !== 'not-applicable')
      statuses[item.entityRef] = check.status;
  }
  return statuses;
}

async function inheritedOnService(page: Page) {
  await page.goto(maturityTabPath(SERVICE));
  const check = await openCheck(page, DOMAIN, CHECK);
  return check.getByText('Attested for Quick Payment Team (inherited)');
}

test('a team attests a practice once for all its services and revokes it', async ({
  page,
  request,
}) => {
  const before = await teamStatuses(request);
  expect(before[SERVICE]).not.toBe('passed');
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(6);

  await page.goto('/catalog/default/group/quick-payment-team/maturity');
  await expect(domainSummary(page, DOMAIN)).toHaveAccessibleName(
    /Level 1 · Initial/,
  );
  const check = await openCheck(page, DOMAIN, CHECK);
  await check.getByRole('button', { name: `Attest ${CHECK}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Attest check' });
  await dialog.getByLabel('Evidence URL').fill(EVIDENCE_URL);
  await dialog.getByRole('button', { name: 'Attest', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Every service of the team passes at once: the team's attestation or,
  // where one exists, its own.
  await expect
    .poll(async () => Object.values(await teamStatuses(request)), {
      timeout: 30_000,
    })
    .toEqual(Object.keys(before).map(() => 'passed'));
  await expect(await inheritedOnService(page)).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Quick Payment Team' }).first(),
  ).toBeVisible();

  await page.goto('/catalog/default/group/quick-payment-team/maturity');
  await page
    .getByRole('button', { name: `Revoke attestation of ${CHECK}` })
    .click();
  const revoke = page.getByRole('dialog', { name: 'Revoke attestation' });
  await revoke.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(revoke).toBeHidden();

  await expect
    .poll(async () => (await teamStatuses(request))[SERVICE], {
      timeout: 30_000,
    })
    .toBe(before[SERVICE]);
  expect(await teamStatuses(request)).toEqual(before);
});

test("another team's members get no attest action on its group tab and 403 from the API", async ({
  page,
  request,
}) => {
  await page.goto('/catalog/default/group/payment-clearing-team/maturity');
  await expect(domainSummary(page, DOMAIN)).toBeVisible();
  await domainSummary(page, DOMAIN).click();
  await expect(
    page.getByRole('article', { name: `Check ${CHECK}` }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^(Attest|Waive) / }),
  ).toHaveCount(0);

  const response = await request.post(`${MATURITY_API}/attestations`, {
    headers: { Authorization: `Bearer ${await guestToken(request)}` },
    data: {
      entityRef: 'group:default/payment-clearing-team',
      checkId: CHECK_ID,
      evidenceUrl: 'https://wiki.harborbank.example/clearing/on-call',
    },
  });
  expect(response.status()).toBe(403);
});
