import { expect, test } from '@playwright/test';
import { openEntityTab } from '../support/maturityTab';

// Retail Banking Technology owns nothing itself: its 25 evaluated entities
// belong to its teams, two of them one level further down, below the Core
// Banking Tribe (Core Ledger Team 7, Core Accounts Team 6), next to Mobile
// Banking Team (8) and Channel Front-end Team (4).
test('the group tab shows the entities of nested teams', async ({ page }) => {
  await page.goto('/catalog/default/group/retail-banking-technology');
  await openEntityTab(page, 'Maturity');

  await expect(
    page.getByText('Maturity of Retail Banking Technology'),
  ).toBeVisible();
  await expect(
    page.getByText('25 entities · average overall level 0.7'),
  ).toBeVisible();
  await expect(page.getByText('Entities (25)')).toBeVisible();

  await page.getByPlaceholder('Filter').fill('Core Ledger Service');
  const ledger = page
    .getByRole('row')
    .filter({ hasText: 'Core Ledger Service' });
  await expect(ledger).toHaveCount(1);
  await expect(ledger).toContainText('Core Ledger Team');
  await page.getByPlaceholder('Filter').fill('Customer Master Service');
  const accounts = page
    .getByRole('row')
    .filter({ hasText: 'Customer Master Service' });
  await expect(accounts).toContainText('Core Accounts Team');

  const subTeams = page.getByRole('table', {
    name: 'Average level per sub-team of Retail Banking Technology and domain',
  });
  const entityCount = (team: string) =>
    subTeams
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: team }) })
      .getByRole('cell')
      .first();
  await expect(entityCount('Core Banking Tribe')).toHaveText('13');
  await expect(entityCount('Mobile Banking Team')).toHaveText('8');
  await expect(entityCount('Channel Front-end Team')).toHaveText('4');

  await page.getByRole('checkbox', { name: 'Include sub-teams' }).uncheck();
  await expect(
    page.getByText('No entities owned directly by this team'),
  ).toBeVisible();
  await expect(page.getByText(/^0 entities/)).toBeVisible();
});
