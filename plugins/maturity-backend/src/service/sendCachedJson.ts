import type express from 'express';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

interface Encoded {
  json: Buffer;
  gzip?: Promise<Buffer>;
}

const encodings = new WeakMap<object, Encoded>();

/**
 * Sends a large, immutable answer (a campaign's progress) serialized once
 * per object, gzipped once when the client accepts it — the root router's
 * compression would otherwise compress it again on every request. The
 * object must not change after it was first sent.
 */
export async function sendCachedJson(
  req: express.Request,
  res: express.Response,
  body: object,
): Promise<void> {
  let encoded = encodings.get(body);
  if (!encoded) {
    encoded = { json: Buffer.from(JSON.stringify(body)) };
    encodings.set(body, encoded);
  }
  res.type('application/json');
  res.vary('Accept-Encoding');
  if (encoded.json.length > 1024 && req.acceptsEncodings('gzip')) {
    encoded.gzip ??= gzipAsync(encoded.json);
    res.setHeader('Content-Encoding', 'gzip');
    res.end(await encoded.gzip);
    return;
  }
  res.end(encoded.json);
}
