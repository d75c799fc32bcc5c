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
    const listeners = {
      drain: () => settle(true),
      close: () => settle(false),
    };
    function settle(ok: boolean) {
      out.off('drain', listeners.drain);
      out.off('close', listeners.close);
      resolve(ok);
    }
    out.once('drain', listeners.drain);
    out.once('close', listeners.close);
  });
}
