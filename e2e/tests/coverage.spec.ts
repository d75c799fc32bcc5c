import { expect, test } from '@playwright/test';
import { maturityTabPath, overallLevel } from '../support/maturityTab';

// Every evaluated kind has its tab: QuickPay API is graded on Application
// Design only and reaches level 5; QuickPay DB on Technical Operations.
test('APIs and resources have a Maturity tab', async ({ page }) => {
  await page.goto(maturityTabPath('api:default/quickpay-api'));
  await expect(overallLevel(page)).toContainText('Level 5 · Outstanding');
  await page.goto(maturityTabPath('resource:default/quickpay-db'));
  await expect(overallLevel(page)).toContainText(/Level \d · /);
  await expect(
    page.getByRole('button', { name: /^Technical Operations .*Level \d/ }),
  ).toBeVisible();
});

// The badge of the new frontend system sits in the About card and links to
// the tab: Alert Router is at overall level 4.
test("the About card's maturity badge links to the tab", async ({ page }) => {
  await page.goto('/catalog/default/component/alert-router');
  const badge = page.getByRole('link', {
    name: /Maturity Level 4 · Excellent/,
  });
  await expect(badge).toBeVisible();
  await badge.click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/alert-router\/maturity/,
  );
  await expect(overallLevel(page)).toContainText('Level 4 · Excellent');
});

// legacy-teller-batch belongs to a dissolved team (its owner is not in the
// catalog): it shows as "Unowned" instead of being left out; teams' own
// scorecards are listed next to the heatmap.
test('the org page shows unowned entities and the teams’ own levels', async ({
  page,
}) => {
  await page.goto('/maturity');
  const heatmap = page.getByRole('table', {
    name: 'Average maturity level per group and domain',
  });
  const unowned = heatmap
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Drill into Unowned' }) });
  await expect(unowned.getByRole('cell').first()).toHaveText('1');
  await page.getByRole('button', { name: 'Drill into Unowned' }).click();
  await expect(page.getByText('Unowned entities')).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'legacy-teller-batch' }),
  ).toHaveCount(1);

  // The SRE team reaches level 5 in its three team domains.
  await expect(
    page.getByRole('row', {
      name: /^Site Reliability Engineering Group .*Level 5 · Outstanding/,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Export teams CSV' }),
  ).toBeVisible();
});
