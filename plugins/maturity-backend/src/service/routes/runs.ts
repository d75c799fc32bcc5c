import { ConflictError, isError } from '@backstage/errors';
import type { TriggerRunResult } from '@devops-maturity/plugin-maturity-common';
import type express from 'express';
import type { FullRuns } from '../../evaluation/fullRuns/FullRuns';
import type { MaturityStore } from '../../store/MaturityStore';
import { integerParam } from '../requestParsing';

/** What the run routes need. */
export interface RunRoutesOptions {
  store: MaturityStore;
  /** Authenticates the request and authorises reading maturity data; throws otherwise. */
  readAccess(req: express.Request): Promise<unknown>;
  /** Authenticates the request and authorises maturity.admin; the caller as a run's actor. */
  adminActor(req: express.Request): Promise<string>;
  /** Starts a full evaluation run (the scheduled task) now. */
  triggerFullRun(): Promise<void>;
  /**
   * The run lease: a live run answers 409 at once; when the scheduler
   * refuses (its task still held) while no live run holds the lease, e.g.
   * after a crash, this instance takes the run over. Without it the
   * scheduler's answer stands.
   */
  fullRuns?: Pick<
    FullRuns,
    'inProgress' | 'abandoned' | 'describe' | 'takeOver' | 'takeoverAfterMs'
  >;
  /**
   * When this instance ends its start-up delay and can run the first
   * evaluation (see `firstRunTime`); no delay when absent.
   */
  firstRunAt?: Date;
  /** The current time (tests); the clock by default. */
  now?: () => Date;
}

/** The answer to `POST /runs` at `now`. */
export function triggerRunResult(
  now: Date,
  firstRunAt: Date | undefined,
): TriggerRunResult {
  if (!firstRunAt || firstRunAt <= now) {
    return { status: 'started', queued: false };
  }
  const startsAt = firstRunAt.toISOString();
  const startsInSeconds = Math.ceil(
    (firstRunAt.getTime() - now.getTime()) / 1000,
  );
  return {
    status: 'queued',
    queued: true,
    startsAt,
    startsInSeconds,
    message: `The evaluation is queued: it starts by ${startsAt} (in ${startsInSeconds} s), once the catalog has had time to ingest; an instance already past its start-up delay may start it sooner`,
  };
}

/** The answer to `POST /runs` when a run without heartbeat is taken over. */
export function takeOverResult(tookOver?: {
  runId?: string;
  heartbeatAt: string;
}): TriggerRunResult {
  return {
    status: 'started',
    queued: false,
    takenOver: true,
    message: tookOver
      ? `Started: it took over from ${
          tookOver.runId ? `run ${tookOver.runId}` : 'a run'
        }, which had no heartbeat since ${
          tookOver.heartbeatAt
        } (its instance stopped); that run is recorded as failed`
      : 'Started on this instance: the scheduled task was still held, but no run was alive',
  };
}

/**
 * `GET /runs` and `POST /runs`. A run asked for during the start-up delay
 * is queued, not refused: the request is stored and the scheduled task is
 * due now, so the first worker past its delay runs it (this instance's at
 * `startsAt` at the latest, another instance's maybe sooner).
 */
export function registerRunRoutes(
  router: express.Router,
  options: RunRoutesOptions,
) {
  const { store, firstRunAt } = options;
  const now = options.now ?? (() => new Date());

  router.get('/runs', async (req, res) => {
    await options.readAccess(req);
    res.json({
      items: await store.listRuns(
        integerParam(req.query.limit, 'limit', 1, 100) ?? 20,
      ),
    });
  });

  router.post('/runs', async (req, res) => {
    const actor = await options.adminActor(req);
    const { fullRuns } = options;
    const live = await fullRuns?.inProgress();
    if (live) throw new ConflictError(fullRuns!.describe(live));
    // a run whose instance died: whichever instance's worker runs the task
    // takes it over (the lease is stale), so the answer says so either way
    const abandoned = await fullRuns?.abandoned();
    // The run records itself as manual with this actor when it starts.
    const requestId = await store.requestRun(actor, now());
    try {
      await options.triggerFullRun();
      if (abandoned) {
        res.status(202).json(
          takeOverResult({
            runId: abandoned.runId,
            heartbeatAt: abandoned.heartbeatAt ?? 'an unknown time',
          }),
        );
        return;
      }
    } catch (error) {
      const held = isError(error) && error.name === 'ConflictError';
      // the scheduler still holds its task, but no run is alive: take over
      const outcome = held && fullRuns ? await fullRuns.takeOver() : undefined;
      if (outcome?.started) {
        res.status(202).json(takeOverResult(outcome.tookOver));
        return;
      }
      await store.withdrawRunRequest(requestId);
      if (outcome) throw new ConflictError(fullRuns!.describe(outcome.current));
      throw error;
    }
    res.status(202).json(triggerRunResult(now(), firstRunAt));
  });
}
