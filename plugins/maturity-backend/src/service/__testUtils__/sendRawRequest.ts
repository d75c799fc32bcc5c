import http from 'node:http';

/** What the fuzzer needs of a response. */
export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

/**
 * Sends a request exactly as given (no URL normalisation, any method, any
 * body bytes) over a keep-alive agent, and reads the whole response.
 */
export function sendRawRequest(options: {
  agent: http.Agent;
  port: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}): Promise<RawResponse> {
  const { agent, port, method, path, headers, body } = options;
  // Without an explicit length Node sends a DELETE body unframed.
  const framing =
    body === undefined
      ? {}
      : { 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...headers, ...framing },
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
