import { expect, Page, test } from '@playwright/test';
import { maturityTabPath, overallLevel } from '../support/maturityTab';

async function chooseLanguage(page: Page, current: string, next: string) {
  await page.goto('/settings');
  await page.getByRole('button', { name: current, exact: true }).click();
  await page.getByRole('option', { name: next, exact: true }).click();
  await expect(
    page.getByRole('button', { name: next, exact: true }),
  ).toBeVisible();
}

function domain(page: Page, title: string, level: string) {
  return page.getByRole('button', {
    name: new RegExp(`^${title.replace(/[()（）]/g, '.')} .*${level}`),
  });
}

// Alert Router (SRE Team) is at overall level 4 with SRE at 5; Environment
// Provisioner has Platform Engineering at 3. Level names, domain and check
// titles come from the model's zh-CN texts, headings from the plugin's
// translation; nothing of this test changes portal state.
test('an assessor reads the portal in Chinese and switches back to English', async ({
  page,
}) => {
  await chooseLanguage(page, 'English', '中文（中国）');

  await page.goto(maturityTabPath('component:default/alert-router'));
  await expect(
    page.getByRole('region', { name: '总体级别（最弱能力域）' }),
  ).toContainText('4级 · 优秀级');
  const sre = domain(page, '系统可靠性与连续性工程（SRE）', '5级 · 卓越级');
  await expect(sre).toBeVisible();
  await sre.click();
  await expect(
    page.getByText('服务已配置值班轮换并可呼叫值班人员').first(),
  ).toBeVisible();

  await page.goto(maturityTabPath('component:default/environment-provisioner'));
  await expect(domain(page, '平台工程', '3级 · 全面级')).toBeVisible();

  await page.goto('/catalog/default/group/quick-payment-team/maturity');
  await expect(page.getByText('Quick Payment Team 的成熟度')).toBeVisible();
  await expect(page.getByRole('region', { name: '指标' })).toContainText(
    '业务监控告警发现率',
  );

  await page.goto('/maturity');
  await expect(
    page.getByRole('heading', { level: 1, name: '成熟度' }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: '总览' })).toBeVisible();

  await chooseLanguage(page, '中文（中国）', 'English');
  await page.goto(maturityTabPath('component:default/alert-router'));
  await expect(overallLevel(page)).toContainText('Level 4 · Excellent');
  await expect(
    domain(page, 'Site Reliability Engineering', 'Level 5 · Outstanding'),
  ).toBeVisible();
});
