import { expect, test } from '@playwright/test';
import {
  auditRow,
  auditTrailEntry,
  domainSummary,
  maturityTabPath,
  openCheck,
  overallLevel,
} from '../support/maturityTab';

// QuickPay Gateway (owned by the guest's quick-payment-team) reaches level 1
// in Collaborative Development Operations; its only open level-2 check is the
// manual "developers on call" attestation, and every level-3 and level-4 check
// passes (inner source attested for the team), so one attestation lifts the
// domain from 1 to 4. Continuous Delivery and
// Technical Operations stay at 1, so the overall level stays 1 while the
// score goes from 144 to 145 of 178 applicable checks (81 % either way; the
// team's practices, attested once for the Quick Payment Team, count too).
const SERVICE = maturityTabPath('component:default/quickpay-gateway');
const DOMAIN = 'Collaborative Development Operations';
const CHECK = 'Developers take part in the on-call rotation';
const EVIDENCE_URL = 'https://wiki.harborbank.example/quickpay/on-call-rota';

test('an engineer attests a manual check and the domain level rises', async ({
  page,
}) => {
  await page.goto(SERVICE);
  const overall = overallLevel(page);
  await expect(overall).toContainText('Level 1 · Initial');
  await expect(overall).toContainText('Score 81% of applicable checks');
  await expect(
    domainSummary(page, 'Platform Engineering'),
  ).toHaveAccessibleName(/Level 3 · Comprehensive/);
  await expect(
    domainSummary(page, 'Site Reliability Engineering'),
  ).toHaveAccessibleName(/Level 3 · Comprehensive/);
  await expect(domainSummary(page, DOMAIN)).toHaveAccessibleName(
    /Level 1 · Initial/,
  );

  const check = await openCheck(page, DOMAIN, CHECK);
  await check.getByRole('button', { name: `Attest ${CHECK}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Attest check' });
  await dialog.getByLabel('Evidence URL').fill(EVIDENCE_URL);
  await dialog.getByLabel('Comment').fill('Rota reviewed with the team lead');
  await dialog.getByRole('button', { name: 'Attest', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(domainSummary(page, DOMAIN)).toHaveAccessibleName(
    /Level 4 · Excellent/,
  );

  await page.reload();
  await expect(domainSummary(page, DOMAIN)).toHaveAccessibleName(
    /Level 4 · Excellent/,
  );
  await expect(overall).toContainText('Level 1 · Initial');
  await expect(overall).toContainText('Score 81% of applicable checks');

  const row = auditRow(page, 'Attestations', CHECK);
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link', { name: EVIDENCE_URL })).toHaveAttribute(
    'href',
    EVIDENCE_URL,
  );
  await expect(row).toContainText('Rota reviewed with the team lead');
  await expect(row).toContainText('user:default/guest');
  await expect(row).toContainText('Active');

  const entry = auditTrailEntry(
    page,
    `user:default/guest created an attestation of "${CHECK}"`,
  );
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole('link', { name: EVIDENCE_URL })).toBeVisible();
});
