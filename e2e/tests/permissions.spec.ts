import { expect, test } from '@playwright/test';
import {
  domainSummary,
  maturityTabPath,
  openCheck,
  overallLevel,
} from '../support/maturityTab';
import { permissionDecisions } from '../support/permissionDecisions';
import { guestToken, MATURITY_API } from '../support/portal';

// The demo policy lets owners attest and waive. The guest belongs to
// quick-payment-team: QuickPay Routing Service is theirs, Payment Clearing
// Service belongs to payment-clearing-team. Both have the open manual check
// below in Collaborative Development Operations.
const OWN_SERVICE = 'component:default/quickpay-routing-service';
const OTHER_SERVICE = 'component:default/payment-clearing-service';
const DOMAIN = 'Collaborative Development Operations';
const CHECK = 'Developers take part in the on-call rotation';
const ACTION_PERMISSIONS = [
  'maturity.attestation.create',
  'maturity.waiver.manage',
];

test('the owning team sees attest and waive actions', async ({ page }) => {
  const decided = permissionDecisions(page, OWN_SERVICE, ACTION_PERMISSIONS);
  await page.goto(maturityTabPath(OWN_SERVICE));
  await decided;
  const check = await openCheck(page, DOMAIN, CHECK);
  await expect(
    check.getByRole('button', { name: `Attest ${CHECK}` }),
  ).toBeVisible();
  await expect(
    check.getByRole('button', { name: `Waive ${CHECK}` }),
  ).toBeVisible();
});

test("a guest sees no attest or waive action on another team's service", async ({
  page,
}) => {
  const decided = permissionDecisions(page, OTHER_SERVICE, ACTION_PERMISSIONS);
  await page.goto(maturityTabPath(OTHER_SERVICE));
  await expect(overallLevel(page)).toContainText('Level 1 · Initial');
  await decided;

  const check = await openCheck(page, DOMAIN, CHECK);
  await expect(check).toContainText('not attested yet');
  await expect(check.getByRole('button')).toHaveText(['How to fix']);
  await domainSummary(page, 'Site Reliability Engineering').click();
  await expect(
    page.getByRole('button', { name: /^(Attest|Waive) / }),
  ).toHaveCount(0);
});

test("the API refuses attestations and waivers on another team's entity", async ({
  request,
}) => {
  const headers = { Authorization: `Bearer ${await guestToken(request)}` };
  const entityRef = OTHER_SERVICE;

  const attestation = await request.post(`${MATURITY_API}/attestations`, {
    headers,
    data: {
      entityRef,
      checkId: 'collab-developers-on-call',
      evidenceUrl: 'https://wiki.harborbank.example/clearing/on-call',
    },
  });
  expect(attestation.status()).toBe(403);
  expect((await attestation.json()).error.name).toBe('NotAllowedError');

  const waiver = await request.post(`${MATURITY_API}/waivers`, {
    headers,
    data: { entityRef, checkId: 'sre-slo-published', reason: 'Not yet' },
  });
  expect(waiver.status()).toBe(403);
  expect((await waiver.json()).error.name).toBe('NotAllowedError');

  const query = `entityRef=${encodeURIComponent(entityRef)}`;
  const stored = await request.get(`${MATURITY_API}/attestations?${query}`, {
    headers,
  });
  expect((await stored.json()).items).toEqual([]);
  const waivers = await request.get(`${MATURITY_API}/waivers?${query}`, {
    headers,
  });
  expect((await waivers.json()).items).toEqual([]);
});
