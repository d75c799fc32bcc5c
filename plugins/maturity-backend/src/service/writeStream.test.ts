import { Writable } from 'node:stream';
import { writeStream } from './writeStream';

/** A writable whose buffer is full after one byte, drained on demand. */
function slowSink() {
  const chunks: string[] = [];
  let release: (() => void) | undefined;
  const out = new Writable({
    highWaterMark: 1,
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      release = callback;
    },
  });
  return { out, chunks, drain: () => release?.() };
}

describe('writeStream', () => {
  it('waits for the drain of a full buffer', async () => {
    const { out, chunks, drain } = slowSink();
    let done = false;
    const written = writeStream(out, 'abc').then(ok => {
      done = true;
      return ok;
    });
    await new Promise(resolve => setImmediate(resolve));
    expect(done).toBe(false);
    drain();
    expect(await written).toBe(true);
    expect(chunks).toEqual(['abc']);
  });

  it('answers false once the client went away', async () => {
    const { out } = slowSink();
    const written = writeStream(out, 'abc');
    out.destroy();
    expect(await written).toBe(false);
    expect(await writeStream(out, 'more')).toBe(false);
  });
});
