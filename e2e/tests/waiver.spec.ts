import { expect, test } from '@playwright/test';
import {
  auditRow,
  auditTrailEntry,
  domainSummary,
  maturityTabPath,
  openCheck,
  overallLevel,
} from '../support/maturityTab';

// QuickPay Notification Worker (owned by the guest's quick-payment-team) is
// at overall level 0 only because Application Design is: its one failing
// level-1 check is that the service exposes its interfaces as catalog APIs
// (a worker has none), and its level-2 checks pass. Waiving that check lifts
// Application Design to 2 and the overall level to 1, the weakest of the
// other domains; revoking the waiver puts both back to 0. The score moves
// from 142 to 143 of 178 applicable checks (80 % either way).
const SERVICE = maturityTabPath(
  'component:default/quickpay-notification-worker',
);
const DOMAIN = 'Application Design';
const CHECK = 'The service exposes its interfaces as catalog APIs';
const REASON = 'A queue consumer without a synchronous interface';
const REVOKE_REASON = 'The event contract is now registered as an API';

test('a waiver with a reason raises the level and revoking it lowers it again', async ({
  page,
}) => {
  await page.goto(SERVICE);
  const overall = overallLevel(page);
  await expect(overall).toContainText('Level 0 · Below Initial');
  await expect(overall).toContainText('Score 80% of applicable checks');
  await expect(domainSummary(page, DOMAIN)).toHaveAccessibleName(
    /Level 0 · Below Initial/,
  );

  const check = await openCheck(page, DOMAIN, CHECK);
  await check.getByRole('button', { name: `Waive ${CHECK}` }).click();
  const waive = page.getByRole('dialog', { name: 'Waive check' });
  await waive.getByLabel('Reason').fill(REASON);
  await waive.getByRole('button', { name: 'Waive', exact: true }).click();
  await expect(waive).toBeHidden();
  await expect(overall).toContainText('Level 1 · Initial');

  await page.reload();
  await expect(overall).toContainText('Level 1 · Initial');
  await expect(overall).toContainText('Score 80% of applicable checks');
  await expect(domainSummary(page, DOMAIN)).toHaveAccessibleName(
    /Level 2 · Foundation/,
  );
  const row = auditRow(page, 'Waivers', CHECK);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(REASON);
  await expect(row).toContainText('user:default/guest');
  await expect(row).toContainText('Until revoked');
  await expect(row).toContainText('Active');
  await expect(
    auditTrailEntry(page, `user:default/guest created a waiver of "${CHECK}"`),
  ).toContainText(REASON);

  await row.getByRole('button', { name: `Revoke waiver of ${CHECK}` }).click();
  const revoke = page.getByRole('dialog', { name: 'Revoke waiver' });
  await revoke.getByLabel('Reason').fill(REVOKE_REASON);
  await revoke.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(revoke).toBeHidden();
  await expect(overall).toContainText('Level 0 · Below Initial');

  await page.reload();
  await expect(overall).toContainText('Level 0 · Below Initial');
  await expect(overall).toContainText('Score 80% of applicable checks');
  await expect(domainSummary(page, DOMAIN)).toHaveAccessibleName(
    /Level 0 · Below Initial/,
  );
  await expect(row).toContainText(`Revoked (${REVOKE_REASON})`);
  await expect(
    row.getByRole('button', { name: `Revoke waiver of ${CHECK}` }),
  ).toHaveCount(0);
  await expect(
    auditTrailEntry(page, `user:default/guest revoked a waiver of "${CHECK}"`),
  ).toContainText(REVOKE_REASON);
});
