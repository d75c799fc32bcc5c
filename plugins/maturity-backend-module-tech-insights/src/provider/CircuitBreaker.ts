/**
 * Counts consecutive failures within one batch; after `threshold` of them in a
 * row it opens and stays open, remembering the failure that opened it, so the
 * caller stops calling a service that is evidently down.
 */
export class CircuitBreaker {
  readonly #threshold: number;
  #consecutiveFailures = 0;
  #openMessage: string | undefined;

  constructor(options: { threshold: number }) {
    if (!Number.isInteger(options.threshold) || options.threshold < 1) {
      throw new RangeError(
        `Circuit breaker threshold must be a positive integer, got ${options.threshold}`,
      );
    }
    this.#threshold = options.threshold;
  }

  /** The number of consecutive failures that opens the breaker. */
  get threshold(): number {
    return this.#threshold;
  }

  /** Whether calls should stop. */
  get isOpen(): boolean {
    return this.#openMessage !== undefined;
  }

  /** The message of the failure that opened the breaker, if open. */
  get openMessage(): string | undefined {
    return this.#openMessage;
  }

  /** Records a successful call; resets the count unless already open. */
  recordSuccess(): void {
    if (!this.isOpen) {
      this.#consecutiveFailures = 0;
    }
  }

  /** Records a failed call; opens the breaker at the threshold. */
  recordFailure(message: string): void {
    if (this.isOpen) {
      return;
    }
    this.#consecutiveFailures += 1;
    if (this.#consecutiveFailures >= this.#threshold) {
      this.#openMessage = message;
    }
  }
}
