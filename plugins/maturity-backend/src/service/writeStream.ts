import type { Writable } from 'node:stream';

/**
 * Writes a piece of a streamed answer and waits while the client's buffer
 * is full. False once the client went away (stop writing then).
 */
export async function writeStream(
  out: Writable,
  piece: string,
): Promise<boolean> {
  if (out.destroyed) return false;
  if (out.write(piece)) return true;
  return new Promise(resolve => {
    const done = (ok: boolean) => () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}
