import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  LevelChange,
  LevelChangeListener,
  LevelChangeRun,
} from './LevelChange';

/**
 * Hands committed level changes to the listeners in the background, so that
 * notifications and events never hold up the evaluation writes: each
 * listener handles its batches one after the other, while the run goes on
 * with its next page. A run waits for them at its end (`settle`), bounded by
 * a timeout. A listener's error is logged and never reaches the run.
 */
export class LevelChangeDispatcher {
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly options: {
      listeners: readonly LevelChangeListener[];
      logger: LoggerService;
    },
  ) {}

  /** Queues the changes for every listener; returns at once. */
  dispatch(changes: readonly LevelChange[], run: LevelChangeRun): void {
    if (changes.length === 0) return;
    const { listeners, logger } = this.options;
    for (const listener of listeners) {
      const previous = this.pending.get(listener.id) ?? Promise.resolve();
      const next = previous
        .then(() => listener.onLevelChanges(changes, run))
        .catch(error => {
          logger.error(
            `Maturity level change listener ${listener.id} failed for run ${run.runId}: ${error}`,
          );
        });
      this.pending.set(listener.id, next);
      // forget a chain once it is idle, so that finished work is not held
      next.then(() => {
        if (this.pending.get(listener.id) === next) {
          this.pending.delete(listener.id);
        }
      });
    }
  }

  /**
   * Resolves once every change dispatched so far was handled (true), or
   * after `timeoutMs` (false; the listeners go on in the background).
   */
  async settle(timeoutMs: number): Promise<boolean> {
    if (this.pending.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>(resolve => {
      timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref?.();
    });
    const done = Promise.all([...this.pending.values()]).then(() => true);
    try {
      return await Promise.race([done, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
