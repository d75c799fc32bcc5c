import type { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import type { MaturityStore } from '../../store/MaturityStore';

type LeaseStore = Pick<
  MaturityStore,
  'attachRunToLease' | 'heartbeatRunLease' | 'releaseRunLease'
>;

/**
 * The full run's lease held by one run on this instance: beats on a timer
 * (so that a slow page never looks dead) and whenever the run asks
 * (`beat`, once per page); once another instance has taken it over, `beat`
 * throws, so the run stops before its next page.
 */
export class HeldRunLease {
  private lostAt?: Date;
  private released = false;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly options: {
      store: LeaseStore;
      logger: LoggerService;
      /** This acquisition's token. */
      holder: string;
      heartbeatMs: number;
      /** The bound after which a silent holder is taken over (for messages). */
      takeoverAfterMs: number;
      /** The dead holder this acquisition took over, if any. */
      tookOver?: { runId?: string; heartbeatAt: string };
    },
  ) {
    this.timer = setInterval(() => {
      this.beatQuietly();
    }, options.heartbeatMs);
    this.timer.unref?.();
  }

  /** The bound after which a silent holder is taken over. */
  get takeoverAfterMs(): number {
    return this.options.takeoverAfterMs;
  }

  /** The dead holder this acquisition took over, if any. */
  get tookOver() {
    return this.options.tookOver;
  }

  /** Whether another instance took the lease over. */
  get lost(): boolean {
    return this.lostAt !== undefined;
  }

  /** Records the run holding the lease; throws when the lease was lost. */
  async attach(runId: string): Promise<void> {
    const held = await this.options.store.attachRunToLease(
      this.options.holder,
      runId,
    );
    if (!held) this.markLost();
    this.throwIfLost();
  }

  /** Moves the heartbeat on; throws a `ConflictError` when the lease was lost. */
  async beat(): Promise<void> {
    this.throwIfLost();
    const held = await this.options.store.heartbeatRunLease(
      this.options.holder,
      new Date(),
    );
    if (!held) this.markLost();
    this.throwIfLost();
  }

  /** Stops the heartbeat and frees the lease if still held (idempotent). */
  async release(): Promise<void> {
    clearInterval(this.timer);
    if (this.released) return;
    this.released = true;
    if (!this.lost)
      await this.options.store.releaseRunLease(this.options.holder);
  }

  private beatQuietly() {
    if (this.released || this.lost) return;
    this.options.store
      .heartbeatRunLease(this.options.holder, new Date())
      .then(held => {
        if (!held && !this.released) this.markLost();
      })
      .catch(error => {
        // a database hiccup: the next beat tries again
        this.options.logger.warn(`Maturity run heartbeat failed: ${error}`);
      });
  }

  private markLost() {
    if (this.lostAt) return;
    this.lostAt = new Date();
    clearInterval(this.timer);
    this.options.logger.warn(
      'Maturity full run lost its lease: another instance took it over; the run stops before its next page',
    );
  }

  private throwIfLost() {
    if (this.lostAt) {
      throw new ConflictError(
        `the run lost its lease: another instance took it over (no heartbeat seen for ${Math.round(
          this.options.takeoverAfterMs / 1000,
        )} s)`,
      );
    }
  }
}
