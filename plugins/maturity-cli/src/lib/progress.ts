/** Where progress goes: stderr, so that stdout stays machine-clean. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Evaluations of at least this many entities report progress. */
export const PROGRESS_THRESHOLD = 200;

/**
 * Progress of a long evaluation on stderr. On a terminal one line is updated
 * in place; elsewhere (CI logs) a line is written when the work starts and when
 * it ends. Short evaluations and `--quiet` print nothing.
 */
export class Progress {
  private readonly stream: ProgressStream;
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private lastDraw = 0;
  private active = false;
  private total = 0;
  private label = '';
  private phaseShown = false;

  constructor(options: { stream: ProgressStream; enabled: boolean }) {
    this.stream = options.stream;
    this.enabled = options.enabled;
  }

  /** Shows what is being done before the count is known (terminals only). */
  phase(label: string): void {
    if (!this.enabled || !this.stream.isTTY) return;
    this.stream.write(`\r\x1b[Kmaturity: ${label}`);
    this.phaseShown = true;
  }

  /** Starts counting `total` items; silent below {@link PROGRESS_THRESHOLD}. */
  start(label: string, total: number): void {
    this.total = total;
    this.label = label;
    this.active = this.enabled && total >= PROGRESS_THRESHOLD;
    if (!this.active) {
      if (this.phaseShown) this.stream.write('\r\x1b[K');
      return;
    }
    if (this.stream.isTTY) this.draw(0);
    else this.stream.write(`maturity: ${label} ${total} entities…\n`);
  }

  /** Reports `done` items finished. */
  tick(done: number): void {
    if (!this.active || !this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < this.total) return;
    this.lastDraw = now;
    this.draw(done);
  }

  /** Ends the progress with a summary line. */
  finish(summary: string): void {
    if (!this.active) return;
    this.active = false;
    const elapsed = ((Date.now() - this.started) / 1000).toFixed(2);
    const clear = this.stream.isTTY ? '\r\x1b[K' : '';
    this.stream.write(`${clear}maturity: ${summary} in ${elapsed} s\n`);
  }

  private draw(done: number): void {
    const percent = this.total ? Math.floor((done / this.total) * 100) : 100;
    this.stream.write(
      `\r\x1b[Kmaturity: ${this.label} ${done}/${this.total} entities (${percent} %)`,
    );
  }
}
