import { expect, Locator, Page, test } from '@playwright/test';
import { getJson } from '../support/backendApi';
import { openEntityTab } from '../support/maturityTab';
import { guestToken, MATURITY_API } from '../support/portal';

interface IndicatorValue {
  id: string;
  title: string;
  unit: string;
  value: number | null;
  entityCount: number;
  noDataCount: number;
}

function tile(page: Page, title: string): Locator {
  return page
    .getByRole('region', { name: 'Indicators' })
    .getByRole('article', { name: title });
}

/** The value as the tiles show it: at most one decimal, `%` without a space. */
function shown(indicator: IndicatorValue): string {
  const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 })
    .format(indicator.value!)
    .replace('-', '−');
  return indicator.unit === '%' ? `${number}%` : `${number} ${indicator.unit}`;
}

async function indicators(
  page: Page,
  group?: string,
): Promise<IndicatorValue[]> {
  const token = await guestToken(page.request);
  const query = group ? `&group=${encodeURIComponent(group)}` : '';
  const body = await getJson(
    page.request,
    token,
    `${MATURITY_API}/indicators?model=caict-devops${query}`,
  );
  return body.indicators;
}

// The seed's headline figures over Harbor Bank's 41 services and websites:
// 20 of them publish an alert detection rate (mean 86.3 %, below the 90 %
// target), 21 have no such evidence and are counted as "no data", not as 0.
test('a platform lead reads the org indicators, with numbers that match the API', async ({
  page,
}) => {
  await page.goto('/maturity');
  const alerts = tile(page, 'Business-monitoring alert detection rate');
  await expect(alerts.getByTestId('maturity-indicator-value')).toHaveText(
    '86.3%',
  );
  await expect(alerts.getByTestId('maturity-indicator-target')).toHaveText(
    'target ≥ 90%',
  );
  await expect(alerts.getByTestId('maturity-indicator-status')).toHaveText(
    'Target not met',
  );
  await expect(alerts.getByTestId('maturity-indicator-counts')).toHaveText(
    '20 entities · 21 without data',
  );
  await expect(
    tile(page, 'Key process lead time change since the baseline').getByTestId(
      'maturity-indicator-status',
    ),
  ).toHaveText('Target met');

  const values = await indicators(page);
  expect(values).toHaveLength(7);
  for (const indicator of values) {
    await expect(
      tile(page, indicator.title).getByTestId('maturity-indicator-value'),
    ).toHaveText(shown(indicator));
  }
});

// The Quick Payment Team's six services and websites meet every target.
test("a team's group tab shows its own indicators", async ({ page }) => {
  await page.goto('/catalog/default/group/quick-payment-team');
  await openEntityTab(page, 'Maturity');
  const alerts = tile(page, 'Business-monitoring alert detection rate');
  await expect(alerts.getByTestId('maturity-indicator-value')).toHaveText(
    '95.2%',
  );
  await expect(alerts.getByTestId('maturity-indicator-counts')).toHaveText(
    '5 entities · 1 without data',
  );
  const values = await indicators(page, 'group:default/quick-payment-team');
  for (const indicator of values) {
    const shownTile = tile(page, indicator.title);
    await expect(shownTile.getByTestId('maturity-indicator-value')).toHaveText(
      shown(indicator),
    );
    await expect(shownTile.getByTestId('maturity-indicator-status')).toHaveText(
      'Target met',
    );
  }
});
