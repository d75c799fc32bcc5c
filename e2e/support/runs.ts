import type { APIRequestContext } from '@playwright/test';
import { getJson } from './backendApi';
import { poll } from './poll';
import { MATURITY_API } from './portal';

/** A maturity evaluation run as `GET /runs` lists it. */
export interface Run {
  id: string;
  /** `entity` for the re-evaluation of one entity, else a full run. */
  trigger: 'scheduled' | 'manual' | 'entity';
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  entities: number;
  errors: number;
}

const MINUTE = 60_000;

/** The latest evaluation run; undefined before the first. */
export async function latestRun(
  request: APIRequestContext,
  token: string,
): Promise<Run | undefined> {
  const body = await getJson(request, token, `${MATURITY_API}/runs?limit=1`);
  return body.items[0] as Run | undefined;
}

/** The latest runs, newest first, entity re-evaluations included. */
async function recentRuns(
  request: APIRequestContext,
  token: string,
): Promise<Run[]> {
  const body = await getJson(request, token, `${MATURITY_API}/runs?limit=20`);
  return body.items as Run[];
}

/** The latest full evaluation run (not an entity's re-evaluation). */
async function latestFullRun(
  request: APIRequestContext,
  token: string,
): Promise<Run | undefined> {
  return (await recentRuns(request, token)).find(
    run => run.trigger !== 'entity',
  );
}

/** The run once it succeeded; throws when it failed. */
export function finished(run: Run | undefined): Run | undefined {
  if (run?.status === 'failed') {
    throw new Error(`Maturity evaluation run ${run.id} failed`);
  }
  return run?.status === 'succeeded' ? run : undefined;
}

/**
 * Waits until no evaluation run is running (entity re-evaluations are listed
 * among the runs too, and may be newer than a running full run); the latest
 * full run then.
 */
export async function waitForIdleEvaluation(
  request: APIRequestContext,
  token: string,
): Promise<Run | undefined> {
  const idle = await poll(
    'the running maturity evaluation to end',
    async () => {
      const runs = await recentRuns(request, token);
      return runs.some(run => run.status === 'running')
        ? undefined
        : { run: runs.find(run => run.trigger !== 'entity') };
    },
    { timeoutMs: 5 * MINUTE, intervalMs: 2000 },
  );
  return idle.run;
}

/**
 * Asks for a full evaluation run now (`POST /runs`; the guest's team is a
 * maturity admin in the demo policy): the HTTP status, 202 when started or
 * queued, 409 when a run is already running.
 */
export async function triggerRun(
  request: APIRequestContext,
  token: string,
): Promise<number> {
  const response = await request.post(`${MATURITY_API}/runs`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.status();
}

/** Waits until a full run newer than `previous` succeeded. */
export async function waitForRunAfter(
  request: APIRequestContext,
  token: string,
  previous: Run | undefined,
): Promise<Run> {
  return poll(
    'the triggered maturity evaluation run',
    async () => {
      const latest = await latestFullRun(request, token);
      return latest?.id !== previous?.id ? finished(latest) : undefined;
    },
    { timeoutMs: 5 * MINUTE },
  );
}

/**
 * Starts a full evaluation run and waits until a run newer than `previous`
 * succeeded.
 */
export async function runFullEvaluation(
  request: APIRequestContext,
  token: string,
  previous: Run | undefined,
): Promise<Run> {
  const status = await triggerRun(request, token);
  if (status !== 202) throw new Error(`POST /runs: HTTP ${status}`);
  return waitForRunAfter(request, token, previous);
}
