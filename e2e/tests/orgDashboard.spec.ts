import { expect, test } from '@playwright/test';
import { openEntityTab } from '../support/maturityTab';
import { downloadCsv } from '../support/downloads';

// The model's domains in display order (Platform Engineering and SRE first).
const DOMAINS = [
  'Platform Engineering',
  'Site Reliability Engineering',
  'Agile Development Management',
  'Continuous Delivery',
  'Technical Operations',
  'Application Design',
  'Security and Risk Management (DevSecOps)',
  'System and Tools',
  'Business Value Management',
  'Collaborative Development Operations',
  'Continuous Testing',
  'Performance Measurement',
];

// Platform & Infrastructure (14 evaluated entities, average overall level
// 2.29) holds the Platform Engineering Team (6), the SRE Team and the Cloud
// Infrastructure Team. Environment Provisioner: overall level 3, score 0.94,
// Platform Engineering 3 (preview environments are missing for 4), SRE 4.
// None of them is changed by the other tests.
test('a platform lead drills from the heatmap into a department and a team and exports CSV', async ({
  page,
}) => {
  await page.goto('/maturity');
  const heatmap = page.getByRole('table', {
    name: 'Average maturity level per group and domain',
  });
  const groupRow = (name: string) =>
    heatmap.getByRole('row').filter({
      has: page.getByRole('button', { name: `Drill into ${name}` }),
    });
  await expect(heatmap.getByRole('columnheader')).toHaveText([
    'Group',
    'Entities',
    'Overall',
    ...DOMAINS,
  ]);
  await expect(groupRow('Harbor Bank').getByRole('cell').first()).toHaveText(
    '85',
  );

  const org = await downloadCsv(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  expect(org.filename).toBe('maturity-org-caict-devops.csv');
  expect(org.lines[0]).toBe(
    [
      'groupRef,title,parentRef,entities,overallAverageLevel',
      ...DOMAINS.map(d => `${d} average level,${d} entities`),
    ].join(','),
  );
  // Harbor Bank, its four departments and the unowned entities.
  expect(org.lines).toHaveLength(7);
  expect(org.lines[6]).toMatch(/^,unowned,,1,/);
  expect(org.lines).toContainEqual(
    expect.stringMatching(
      /^group:default\/platform-infrastructure,Platform & Infrastructure,group:default\/harbor-bank,14,2\.29,/,
    ),
  );

  await page.getByRole('button', { name: 'Expand Harbor Bank' }).click();
  await expect(
    groupRow('Platform & Infrastructure').getByRole('cell').first(),
  ).toHaveText('14');
  await page
    .getByRole('button', { name: 'Drill into Platform & Infrastructure' })
    .click();
  await expect(
    page.getByText('Entities of Platform & Infrastructure'),
  ).toBeVisible();
  await expect(page.getByText('14 entities')).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'Secrets Broker' }),
  ).toContainText('Cloud Infrastructure Team');
  const provisioner = page
    .getByRole('row')
    .filter({ hasText: 'Environment Provisioner' });
  await provisioner
    .getByRole('link', { name: 'Platform Engineering Team' })
    .click();

  await expect(page).toHaveURL(
    /\/catalog\/default\/group\/platform-engineering-team/,
  );
  await openEntityTab(page, 'Maturity');
  await expect(
    page.getByText('Maturity of Platform Engineering Team'),
  ).toBeVisible();
  await expect(page.getByText('Entities (6)')).toBeVisible();

  const team = await downloadCsv(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  expect(team.filename).toBe('maturity-platform-engineering-team.csv');
  expect(team.lines[0]).toBe(
    [
      'entityRef,title,kind,type,lifecycle,owner,overallLevel,overallScore',
      ...DOMAINS.map(d => `${d} level`),
      'evaluatedAt',
    ].join(','),
  );
  expect(team.lines).toHaveLength(7);
  expect(team.lines).toContainEqual(
    expect.stringMatching(
      /^component:default\/environment-provisioner,Environment Provisioner,Component,service,production,group:default\/platform-engineering-team,3,0\.94,3,4,/,
    ),
  );
  expect(
    team.lines
      .slice(1)
      .every(line =>
        line.includes(',group:default/platform-engineering-team,'),
      ),
  ).toBe(true);
});
