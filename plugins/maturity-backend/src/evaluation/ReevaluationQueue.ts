import type { LoggerService } from '@backstage/backend-plugin-api';

/** Resolves on a later turn of the event loop. */
const nextTurn = () => new Promise<void>(resolve => setImmediate(resolve));

/**
 * Re-evaluates entities in the background, one batch at a time: refs
 * enqueued while a batch runs are merged into the next one, so a burst of
 * attestation changes costs one pass per entity.
 */
export class ReevaluationQueue {
  private pending = new Set<string>();
  private running: Promise<void> | undefined;

  constructor(
    private readonly options: {
      logger: LoggerService;
      /** Evaluates a batch of entity refs (e.g. `EvaluationRunner.refreshEntities`). */
      evaluate(entityRefs: string[]): Promise<unknown>;
    },
  ) {}

  /** Schedules the refs for re-evaluation; returns how many were given. */
  enqueue(entityRefs: readonly string[]): number {
    for (const ref of entityRefs) this.pending.add(ref);
    if (!this.running && this.pending.size > 0) {
      // Starts after the current I/O callbacks, so that the answer that
      // enqueued is sent first (SQLite queries never yield to the loop).
      this.running = nextTurn()
        .then(() => this.drain())
        .finally(() => {
          this.running = undefined;
        });
    }
    return new Set(entityRefs).size;
  }

  /** Resolves when nothing is pending or running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      const batch = [...this.pending];
      this.pending = new Set();
      const startedAt = Date.now();
      try {
        await this.options.evaluate(batch);
        this.options.logger.info(
          `Re-evaluated ${
            batch.length
          } entities after a change of their evidence in ${
            Date.now() - startedAt
          } ms`,
        );
      } catch (error) {
        this.options.logger.error(
          `Re-evaluation of ${batch.length} entities failed: ${error}`,
        );
      }
    }
  }
}
