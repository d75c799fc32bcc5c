/** Where buffered text goes. */
export interface TextSink {
  write(text: string): unknown;
}

/** Text is written once this much has been collected. */
const FLUSH_CHARACTERS = 1 << 20;

/**
 * Collects many small texts and writes them in large pieces: a write to a
 * pipe is a system call, and stdout to a pipe or file is synchronous.
 */
export class BufferedOutput {
  private readonly sink: TextSink;
  private pending: string[] = [];
  private size = 0;

  constructor(sink: TextSink) {
    this.sink = sink;
  }

  write(text: string): void {
    if (!text) return;
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_CHARACTERS) this.flush();
  }

  /** Writes what has been collected. */
  flush(): void {
    if (this.size === 0) return;
    this.sink.write(this.pending.join(''));
    this.pending = [];
    this.size = 0;
  }
}
