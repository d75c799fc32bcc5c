import { ResponseError } from '@backstage/errors';
import type { TriggerRunResult } from '@devops-maturity/plugin-maturity-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { renderWithApis } from '../../__testUtils__/render';
import type { MaturityApi } from '../../api/MaturityApi';
import {
  fakeRunsApi as api,
  running,
  scheduled,
} from '../../__testUtils__/runFixtures';
import { RunsTab } from './RunsTab';

const userEvent = userEventApi.setup({ delay: null });

jest.setTimeout(30_000);

// Every test allows maturity.admin: permission decisions are cached per
// test file (the refusal is tested in RunsTab.readonly.test.tsx).
const ADMIN = ['maturity.admin'];

/** A ResponseError as the client throws it for the backend's answer. */
async function responseError(status: number, message: string) {
  const body = {
    error: { name: 'ConflictError', message },
    request: { method: 'POST', url: '/api/maturity/runs' },
    response: { statusCode: status },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status,
      statusText: 'Conflict',
      headers: { 'Content-Type': 'application/json' },
    }) as any,
  );
}

function rowOf(runId: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`tr[data-run-id="${runId}"]`);
  if (!row) throw new Error(`no row of ${runId}`);
  return row;
}

async function clickEvaluate(fake: jest.Mocked<MaturityApi>) {
  await renderWithApis(<RunsTab />, { api: fake, allowed: ADMIN });
  await screen.findByRole('table', { name: 'Evaluation runs' });
  await userEvent.click(
    await screen.findByRole(
      'button',
      { name: 'Evaluate catalog now' },
      { timeout: 5000 },
    ),
  );
  return screen.findByRole('alert');
}

describe('RunsTab', () => {
  it('lists the runs newest first with trigger, status, duration, counts, actor and sources down', async () => {
    await renderWithApis(<RunsTab />, { allowed: ADMIN, api: api() });
    const table = await screen.findByRole('table', { name: 'Evaluation runs' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.getAttribute('data-run-id'))).toEqual([
      'run-2',
      'run-1',
    ]);

    const cells = (id: string) =>
      within(rowOf(id))
        .getAllByRole('cell')
        .map(c => c.textContent);
    expect(cells('run-1').slice(1)).toEqual([
      'Scheduled',
      'Succeeded',
      '2 min 5 s',
      '120',
      '7',
      '3',
      '–',
      'TechInsights: 104 entities',
    ]);
    expect(cells('run-2').slice(1)).toEqual([
      'Manual',
      'Failed',
      '45 s',
      '118',
      '0',
      '0',
      'user:default/guest',
      '–',
    ]);
  });

  it("shows a down source's message in a tooltip", async () => {
    await renderWithApis(<RunsTab />, { allowed: ADMIN, api: api() });
    await screen.findByRole('table', { name: 'Evaluation runs' });
    await userEvent.hover(
      within(rowOf('run-1')).getByText('TechInsights: 104 entities'),
    );
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'TechInsights answered HTTP 503',
    );
  });

  it('unfolds the errors of a run, and says how many were not recorded', async () => {
    await renderWithApis(<RunsTab />, { allowed: ADMIN, api: api() });
    await screen.findByRole('table', { name: 'Evaluation runs' });
    expect(
      within(rowOf('run-2')).queryByRole('button', { name: /errors/ }),
    ).toBeNull();
    const toggle = within(rowOf('run-1')).getByRole('button', {
      name: /^Show the errors of the run started/,
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const list = screen.getByRole('list', {
      name: /^Errors of the run started/,
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'component:default/quickpay-gateway (techInsights): connect ECONNREFUSED',
      'catalog page timed out',
      'and 1 more error not listed',
    ]);
    await userEvent.click(
      within(rowOf('run-1')).getByRole('button', {
        name: /^Hide the errors of the run started/,
      }),
    );
    expect(
      screen.queryByRole('list', { name: /^Errors of the run/ }),
    ).toBeNull();
  });

  it('says when no run was recorded yet', async () => {
    await renderWithApis(<RunsTab />, {
      allowed: ADMIN,
      api: api({ listRuns: async () => ({ items: [] }) }),
    });
    expect(
      await screen.findByText('No evaluation run yet'),
    ).toBeInTheDocument();
  });

  it('says the evaluation started, and reads the runs again', async () => {
    const fake = api({
      triggerRun: async () => ({ status: 'started', queued: false }),
    });
    const alert = await clickEvaluate(fake);
    expect(alert).toHaveTextContent(/^Evaluation started/);
    await waitFor(() => expect(fake.listRuns).toHaveBeenCalledTimes(2));
    expect(fake.triggerRun).toHaveBeenCalledTimes(1);
  });

  it('says when a queued evaluation starts, in local time', async () => {
    const startsAt = new Date(Date.now() + 12_000).toISOString();
    const result: TriggerRunResult = {
      status: 'queued',
      queued: true,
      startsAt,
      startsInSeconds: 12,
      message: 'The evaluation is queued: …',
    };
    const alert = await clickEvaluate(api({ triggerRun: async () => result }));
    const time = new Date(startsAt).toLocaleTimeString('en', {
      timeStyle: 'short',
    });
    expect(alert).toHaveTextContent(
      `Queued: starts by ${time} (in 12 s), once the catalog has had time to ingest`,
    );
  });

  it('says it took over from a stopped run, with the backend message', async () => {
    const message =
      'Started: it took over from run run-9, which had no heartbeat since 2026-12-07T04:55:00.000Z (its instance stopped); that run is recorded as failed';
    const alert = await clickEvaluate(
      api({
        triggerRun: async () => ({
          status: 'started',
          queued: false,
          takenOver: true,
          message,
        }),
      }),
    );
    expect(alert).toHaveTextContent(
      'Started: took over from a run whose instance stopped',
    );
    expect(alert).toHaveTextContent(message);
  });

  it("says a run is already in progress, with the backend's message (409)", async () => {
    const message =
      'A full evaluation run is already running (run run-7, running since 2026-12-07T05:00:00.000Z, last heartbeat at 2026-12-07T05:01:00.000Z); try again when it has finished';
    const error = await responseError(409, message);
    const fake = api({ triggerRun: async () => Promise.reject(error) });
    const alert = await clickEvaluate(fake);
    expect(alert).toHaveTextContent('A run is already in progress');
    expect(alert).toHaveTextContent(message);
    expect(alert).not.toHaveTextContent('Evaluation started');
    await userEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names other refusals as such', async () => {
    const fake = api({
      triggerRun: async () => Promise.reject(new Error('network down')),
    });
    const alert = await clickEvaluate(fake);
    expect(alert).toHaveTextContent('Could not start the evaluation');
    expect(alert).toHaveTextContent('network down');
  });

  it('reads the runs again while one is running, and stops once none is', async () => {
    let items = [running, scheduled];
    const fake = api({ listRuns: async () => ({ items }) });
    await renderWithApis(<RunsTab refreshIntervalMs={50} />, {
      allowed: ADMIN,
      api: fake,
    });
    await screen.findByRole('table', { name: 'Evaluation runs' });
    expect(within(rowOf('run-3')).getByText('Running')).toBeInTheDocument();
    expect(rowOf('run-3')).toHaveTextContent(/s so far/);
    await waitFor(() =>
      expect(fake.listRuns.mock.calls.length).toBeGreaterThanOrEqual(3),
    );

    items = [
      { ...running, status: 'succeeded', finishedAt: new Date().toISOString() },
      scheduled,
    ];
    await waitFor(() =>
      expect(within(rowOf('run-3')).getByText('Succeeded')).toBeInTheDocument(),
    );
    const calls = fake.listRuns.mock.calls.length;
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(fake.listRuns.mock.calls.length).toBe(calls);
  });

  it('does not read the runs again when none is running', async () => {
    const fake = api();
    await renderWithApis(<RunsTab refreshIntervalMs={50} />, {
      allowed: ADMIN,
      api: fake,
    });
    await screen.findByRole('table', { name: 'Evaluation runs' });
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(fake.listRuns).toHaveBeenCalledTimes(1);
  });

  it('speaks Chinese', async () => {
    await renderWithApis(<RunsTab />, {
      api: api(),
      allowed: ADMIN,
      language: 'zh-CN',
    });
    await screen.findByRole('table', { name: '评估运行' });
    expect(
      await screen.findByRole('button', { name: '立即评估目录' }),
    ).toBeInTheDocument();
    expect(rowOf('run-1')).toHaveTextContent('定时');
    expect(rowOf('run-1')).toHaveTextContent('TechInsights：104 个实体');
  });
});
