import type { LoggerService } from '@backstage/backend-plugin-api';
import { randomUUID } from 'node:crypto';
import type { MaturityStore } from '../../store/MaturityStore';
import type { RunLeaseState } from '../../store/runLease';
import { HeldRunLease } from './HeldRunLease';

/** The default of `maturity.runTakeoverAfter`: 2 minutes. */
export const DEFAULT_RUN_TAKEOVER_AFTER_MS = 2 * 60_000;

/** How often a held lease beats: a quarter of the bound, 250 ms to 30 s. */
export function heartbeatInterval(takeoverAfterMs: number): number {
  return Math.min(30_000, Math.max(250, Math.floor(takeoverAfterMs / 4)));
}

/** The outcome of `FullRunLeases.acquire`. */
export type LeaseAttempt =
  | { lease: HeldRunLease }
  | { lease?: undefined; current: RunLeaseState };

/**
 * The full run's lease in the database (one row, see `store/runLease.ts`):
 * a full run takes it before it starts; a holder whose heartbeat is older
 * than `takeoverAfterMs` is taken over, so a crashed instance blocks full
 * runs for that long at most, not for the scheduler's task timeout.
 */
export class FullRunLeases {
  readonly takeoverAfterMs: number;
  readonly heartbeatMs: number;

  constructor(
    private readonly options: {
      store: Pick<
        MaturityStore,
        | 'readRunLease'
        | 'acquireRunLease'
        | 'attachRunToLease'
        | 'heartbeatRunLease'
        | 'releaseRunLease'
      >;
      logger: LoggerService;
      takeoverAfterMs?: number;
      /** Default: a quarter of the bound (see `heartbeatInterval`). */
      heartbeatMs?: number;
    },
  ) {
    this.takeoverAfterMs =
      options.takeoverAfterMs ?? DEFAULT_RUN_TAKEOVER_AFTER_MS;
    this.heartbeatMs =
      options.heartbeatMs ?? heartbeatInterval(this.takeoverAfterMs);
  }

  /** The earliest heartbeat of a holder that counts as alive at `now`. */
  freshSince(now: Date): Date {
    return new Date(now.getTime() - this.takeoverAfterMs);
  }

  /** Takes the lease when it is free or its holder's heartbeat is stale. */
  async acquire(): Promise<LeaseAttempt> {
    const { store, logger } = this.options;
    const holder = randomUUID();
    const now = new Date();
    const attempt = await store.acquireRunLease(
      holder,
      now,
      this.freshSince(now),
    );
    if (!attempt.acquired) return { current: attempt.current };
    if (attempt.tookOver) {
      logger.warn(
        `Maturity full run lease taken over: ${
          attempt.tookOver.runId ? `run ${attempt.tookOver.runId}` : 'a run'
        } had no heartbeat since ${attempt.tookOver.heartbeatAt}`,
      );
    }
    return {
      lease: new HeldRunLease({
        store,
        logger,
        holder,
        heartbeatMs: this.heartbeatMs,
        takeoverAfterMs: this.takeoverAfterMs,
        tookOver: attempt.tookOver,
      }),
    };
  }

  /** The lease's holder when it is alive (fresh heartbeat); undefined otherwise. */
  async current(): Promise<RunLeaseState | undefined> {
    const held = await this.held();
    return held?.alive ? held.state : undefined;
  }

  /**
   * The lease's holder when its heartbeat is stale: its instance stopped
   * mid-run (or lost the database for longer than the bound).
   */
  async abandoned(): Promise<RunLeaseState | undefined> {
    const held = await this.held();
    return held && !held.alive ? held.state : undefined;
  }

  /** The lease's holder, if any, and whether its heartbeat is fresh now. */
  private async held(): Promise<
    { state: RunLeaseState; alive: boolean } | undefined
  > {
    const state = await this.options.store.readRunLease();
    if (!state.holder) return undefined;
    const fresh = this.freshSince(new Date()).toISOString();
    return { state, alive: (state.heartbeatAt ?? '') >= fresh };
  }

  /** A sentence about a live holder, for a 409 and the logs. */
  describe(state: RunLeaseState): string {
    const run = state.runId ? `run ${state.runId}` : 'a run';
    const beat = state.heartbeatAt
      ? `, last heartbeat at ${state.heartbeatAt}`
      : '';
    return `A full evaluation run is already running (${run}, running since ${
      state.acquiredAt ?? 'an unknown time'
    }${beat}); an instance whose run sends no heartbeat for ${Math.round(
      this.takeoverAfterMs / 1000,
    )} s is taken over`;
  }
}
