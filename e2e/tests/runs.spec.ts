import {
  APIRequestContext,
  expect,
  Locator,
  Page,
  test,
} from '@playwright/test';
import { getJson } from '../support/backendApi';
import { poll } from '../support/poll';
import { guestToken, MATURITY_API } from '../support/portal';
import { waitForIdleEvaluation } from '../support/runs';

// The "Evaluation runs" tab of /maturity lists what GET /api/maturity/runs
// lists, and its "Evaluate catalog now" button (the guest's team is a
// maturity admin in the demo policy) starts a manual full run recorded with
// the guest as its actor.

const GUEST = 'user:default/guest';

/** A run as `GET /runs` lists it, with the fields the table shows. */
interface ListedRun {
  id: string;
  trigger: 'scheduled' | 'manual' | 'entity';
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt?: string;
  entities: number;
  changedEntities: number;
  errors: number;
  actor?: string;
  sourcesDown?: Array<{ source: string; entities: number; message: string }>;
}

/** The table's columns, in order. */
const COLUMN = {
  started: 0,
  trigger: 1,
  status: 2,
  duration: 3,
  entities: 4,
  changed: 5,
  errors: 6,
  actor: 7,
  sourcesDown: 8,
};

const STATUS_LABEL = {
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
};

const TRIGGER_LABEL = {
  scheduled: 'Scheduled',
  manual: 'Manual',
  entity: 'Single entity',
};

const SOURCE_NAME: Record<string, string> = {
  techInsights: 'TechInsights',
  pushed: 'CI (pushed)',
};

/** The latest runs as the API lists them, newest first (as the tab shows them). */
async function listRuns(
  request: APIRequestContext,
  token: string,
): Promise<ListedRun[]> {
  const body = await getJson(request, token, `${MATURITY_API}/runs?limit=20`);
  return [...(body.items as ListedRun[])].sort((a, b) =>
    b.startedAt.localeCompare(a.startedAt),
  );
}

function runsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Evaluation runs' });
}

function rowOf(page: Page, runId: string): Locator {
  return runsTable(page).locator(`tbody tr[data-run-id="${runId}"]`);
}

function cell(row: Locator, column: number): Locator {
  return row.getByRole('cell').nth(column);
}

async function openRunsTab(page: Page) {
  await page.goto('/maturity');
  await page.getByRole('tab', { name: 'Evaluation runs' }).click();
  await expect(page).toHaveURL(/\/maturity\/runs$/);
  await expect(
    page.getByRole('tab', { name: 'Evaluation runs' }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(runsTable(page)).toBeVisible();
}

test('the Evaluation runs tab lists the runs the API lists, newest first', async ({
  page,
  request,
}) => {
  const token = await guestToken(request);
  await openRunsTab(page);

  // A scheduled run may start meanwhile: compare until both agree (the tab
  // reads the runs again every 5 s while one is running).
  await expect(async () => {
    const runs = await listRuns(request, token);
    expect(runs.length).toBeGreaterThan(0);
    const rows = runsTable(page).locator('tbody tr[data-run-id]');
    await expect(rows).toHaveCount(runs.length, { timeout: 1000 });
    await expect(rows.first()).toHaveAttribute('data-run-id', runs[0].id, {
      timeout: 1000,
    });
    const first = rows.first();
    await expect(cell(first, COLUMN.entities)).toHaveText(
      String(runs[0].entities),
      { timeout: 1000 },
    );
    await expect(cell(first, COLUMN.status)).toHaveText(
      STATUS_LABEL[runs[0].status],
      { timeout: 1000 },
    );
    await expect(cell(first, COLUMN.trigger)).toHaveText(
      TRIGGER_LABEL[runs[0].trigger],
      { timeout: 1000 },
    );
    for (const run of runs.filter(r => r.status !== 'running')) {
      const row = rowOf(page, run.id);
      await expect(cell(row, COLUMN.errors)).toHaveText(String(run.errors), {
        timeout: 1000,
      });
      await expect(cell(row, COLUMN.actor)).toHaveText(run.actor ?? '–', {
        timeout: 1000,
      });
      const down = run.sourcesDown ?? [];
      if (down.length === 0) {
        await expect(cell(row, COLUMN.sourcesDown)).toHaveText('–', {
          timeout: 1000,
        });
      }
      for (const source of down) {
        const entities = `${source.entities} ${
          source.entities === 1 ? 'entity' : 'entities'
        }`;
        await expect(cell(row, COLUMN.sourcesDown)).toContainText(
          `${SOURCE_NAME[source.source] ?? source.source}: ${entities}`,
          { timeout: 1000 },
        );
      }
    }
  }).toPass({ timeout: 60_000 });
});

test('Evaluate catalog now starts a manual run of the guest; the table shows it until it succeeded', async ({
  page,
  request,
}) => {
  test.setTimeout(8 * 60_000);
  const token = await guestToken(request);
  await openRunsTab(page);
  const button = page.getByRole('button', { name: 'Evaluate catalog now' });
  const alert = page.getByRole('tabpanel').getByRole('alert');

  const before = new Set((await listRuns(request, token)).map(run => run.id));
  let clickedAt = new Date();
  await button.click();
  await expect(alert).toBeVisible();
  await expect(alert).toHaveText(
    /^(Evaluation started|A run is already in progress)/,
  );
  const first = (await alert.textContent()) ?? '';

  if (first.startsWith('A run is already in progress')) {
    // The alert names the run the backend saw running: the API lists it as
    // a full run that started before the click and had not ended by then.
    expect(first).toContain('A full evaluation run is already running (run ');
    const runId = /\(run ([^,]+),/.exec(first)?.[1];
    expect(runId).toBeTruthy();
    const listed = (await listRuns(request, token)).find(r => r.id === runId);
    expect(listed).toBeTruthy();
    expect(listed!.trigger).not.toBe('entity');
    expect(Date.parse(listed!.startedAt)).toBeLessThanOrEqual(
      clickedAt.getTime(),
    );
    if (listed!.finishedAt) {
      // the backend's clock and this one may differ by a little
      expect(Date.parse(listed!.finishedAt)).toBeGreaterThan(
        clickedAt.getTime() - 5000,
      );
    }
    await expect(rowOf(page, runId!)).toBeVisible({ timeout: 30_000 });

    // once that run ended, the button starts one
    await waitForIdleEvaluation(request, token);
    for (const run of await listRuns(request, token)) before.add(run.id);
    clickedAt = new Date();
    await button.click();
    await expect(alert).toHaveText(/^Evaluation started/);
  }
  expect(await alert.textContent()).toContain(
    'The catalog is being evaluated; this table refreshes until the run ends.',
  );

  // the run, as the API records it: manual, asked for by the guest
  const manual = await poll(
    'the manual run of the guest',
    async () =>
      (
        await listRuns(request, token)
      ).find(
        run =>
          !before.has(run.id) &&
          run.trigger === 'manual' &&
          run.actor === GUEST,
      ),
    { timeoutMs: 60_000, intervalMs: 1000 },
  );
  expect(Date.parse(manual.startedAt)).toBeGreaterThan(
    clickedAt.getTime() - 5000,
  );

  // the tab shows it without a reload, and refreshes it until it succeeded
  const row = rowOf(page, manual.id);
  await expect(row).toBeVisible({ timeout: 60_000 });
  await expect(cell(row, COLUMN.trigger)).toHaveText('Manual');
  await expect(cell(row, COLUMN.actor)).toHaveText(GUEST);
  const done = await poll(
    `run ${manual.id} to end`,
    async () =>
      (
        await listRuns(request, token)
      ).find(run => run.id === manual.id && run.status !== 'running'),
    { timeoutMs: 5 * 60_000, intervalMs: 2000 },
  );
  expect(done.status).toBe('succeeded');
  await expect(cell(row, COLUMN.status)).toHaveText('Succeeded', {
    timeout: 60_000,
  });
  await expect(cell(row, COLUMN.entities)).toHaveText(String(done.entities));
  expect(done.entities).toBeGreaterThan(0);
});
