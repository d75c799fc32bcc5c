import type express from 'express';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/**
 * A JSON answer serialized once and gzipped once (on first demand), to be
 * sent many times.
 */
export class EncodedJson {
  private gzipped?: Promise<Buffer>;

  constructor(readonly json: Buffer) {}

  /** From JSON text. */
  static of(text: string): EncodedJson {
    return new EncodedJson(Buffer.from(text));
  }

  /** The gzipped JSON; compressed on the first call only. */
  gzip(): Promise<Buffer> {
    this.gzipped ??= gzipAsync(this.json);
    return this.gzipped;
  }
}

/**
 * Sends an encoded answer, gzipped when the client accepts it — the root
 * router's compression would otherwise compress it again on every request.
 */
export async function sendEncodedJson(
  req: express.Request,
  res: express.Response,
  encoded: EncodedJson,
): Promise<void> {
  res.type('application/json');
  res.vary('Accept-Encoding');
  if (encoded.json.length > 1024 && req.acceptsEncodings('gzip')) {
    const body = await encoded.gzip();
    res.setHeader('Content-Encoding', 'gzip');
    res.end(body);
    return;
  }
  res.end(encoded.json);
}
