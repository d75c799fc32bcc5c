import type { LoggerService } from '@backstage/backend-plugin-api';
import type { MaturityStore } from '../../store/MaturityStore';
import type { RunLeaseState } from '../../store/runLease';
import type { EvaluationRunner } from '../EvaluationRunner';
import type { FullRunLeases } from './FullRunLeases';
import type { HeldRunLease } from './HeldRunLease';

/** The outcome of `FullRuns.takeOver`. */
export type TakeOverOutcome =
  | {
      started: true;
      /** The dead run taken over, if the lease had a stale holder. */
      tookOver?: { runId?: string; heartbeatAt: string };
    }
  | { started: false; current: RunLeaseState };

/**
 * Starts full evaluation runs under the run lease: the scheduled task's
 * (skipped while another instance's run is alive), and the ones this
 * instance starts itself, outside the scheduler, when the scheduler still
 * holds the task for an instance that stopped (`takeOver`).
 */
export class FullRuns {
  private readonly running = new Set<{
    controller: AbortController;
    done: Promise<void>;
  }>();

  constructor(
    private readonly options: {
      runner: Pick<EvaluationRunner, 'runAll'>;
      store: Pick<MaturityStore, 'takeRunRequest'>;
      leases: FullRunLeases;
      logger: LoggerService;
      /** The longest a run started by `takeOver` may take (the task's timeout). */
      timeoutMs: number;
      /** Housekeeping after each full run (pruning). */
      afterRun(): Promise<void>;
    },
  ) {}

  /** The bound after which a silent run is taken over. */
  get takeoverAfterMs(): number {
    return this.options.leases.takeoverAfterMs;
  }

  /** The scheduled task's body: a full run, unless another one is alive. */
  async runScheduled(signal: AbortSignal): Promise<void> {
    const attempt = await this.options.leases.acquire();
    if (!attempt.lease) {
      this.options.logger.info(
        `Maturity scheduled run skipped: ${this.options.leases.describe(
          attempt.current,
        )}`,
      );
      return;
    }
    await this.run(attempt.lease, signal);
  }

  /** The live full run (fresh heartbeat), if any. */
  inProgress(): Promise<RunLeaseState | undefined> {
    return this.options.leases.current();
  }

  /** The lease's holder when its heartbeat is stale (its instance died mid-run). */
  abandoned(): Promise<RunLeaseState | undefined> {
    return this.options.leases.abandoned();
  }

  /** A sentence about a live run, for a 409. */
  describe(state: RunLeaseState): string {
    return this.options.leases.describe(state);
  }

  /**
   * Starts a full run on this instance now, outside the scheduler, when the
   * lease is free or its holder's heartbeat is stale (the holder's run is
   * recorded as failed); it serves the pending run requests. Does not wait
   * for the run.
   */
  async takeOver(): Promise<TakeOverOutcome> {
    const attempt = await this.options.leases.acquire();
    if (!attempt.lease) return { started: false, current: attempt.current };
    const lease = attempt.lease;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error('the run timed out')),
      this.options.timeoutMs,
    );
    timer.unref?.();
    const entry = { controller, done: Promise.resolve() };
    entry.done = this.run(lease, controller.signal)
      .catch(error => {
        this.options.logger.error(`Maturity full run failed: ${error}`);
      })
      .finally(() => {
        clearTimeout(timer);
        this.running.delete(entry);
      });
    this.running.add(entry);
    return { started: true, tookOver: lease.tookOver };
  }

  /**
   * The watchdog's body: when the lease's holder has stopped beating (its
   * instance died mid-run), starts a full run that takes over, so that the
   * catalog is evaluated again without waiting for someone to ask or for the
   * scheduler's lease of the dead instance to expire. Undefined when no run
   * was abandoned.
   */
  async resumeAbandoned(): Promise<TakeOverOutcome | undefined> {
    const abandoned = await this.options.leases.abandoned();
    if (!abandoned) return undefined;
    const outcome = await this.takeOver();
    if (outcome.started) {
      this.options.logger.warn(
        `Maturity full run resumed: ${
          abandoned.runId ? `run ${abandoned.runId}` : 'a run'
        } had no heartbeat since ${abandoned.heartbeatAt}`,
      );
    }
    return outcome;
  }

  /** Resolves once the runs this instance started itself have ended. */
  async settled(): Promise<void> {
    await Promise.all([...this.running].map(e => e.done));
  }

  /** Aborts the runs this instance started itself and waits for them (shutdown). */
  async stop(): Promise<void> {
    this.running.forEach(e => e.controller.abort(new Error('shutting down')));
    await this.settled();
  }

  private async run(lease: HeldRunLease, signal: AbortSignal): Promise<void> {
    try {
      // Triggered by POST /runs (on any instance) when it left a request.
      const request = await this.options.store.takeRunRequest();
      await this.options.runner.runAll(
        request ? 'manual' : 'scheduled',
        signal,
        request?.actor,
        lease,
      );
    } finally {
      await lease.release();
    }
    await this.options.afterRun();
  }
}
