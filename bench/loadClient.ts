/*
 * Closed-loop load client of bench/refresh.ts, run as its own process so that
 * the clients do not share the backend's event loop: autocannon with N
 * connections for S seconds against paths chosen per request; each
 * connection sends its next request when the previous answer came.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs bench/loadClient.ts '{"url":…,"token":…,"paths":"scorecard",…}'
 *
 * Prints one JSON line: requests, req/s, p50/p95/p99 latency (ms), errors,
 * non-2xx responses and mean response size.
 */
import autocannon from 'autocannon';
import { LoadPathOptions, pathFor } from './loadPaths';

const options = JSON.parse(process.argv[2]) as LoadPathOptions & {
  url: string;
  token: string;
  connections: number;
  seconds: number;
};

const nextPath = pathFor(options);

const latencies: number[] = [];
let bytes = 0;
function report(result: autocannon.Result) {
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[
      Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))
    ];
  process.stdout.write(
    `${JSON.stringify({
      requests: latencies.length,
      rps: Math.round(latencies.length / options.seconds),
      p50: pct(50),
      p95: pct(95),
      p99: pct(99),
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      meanBytes: Math.round(bytes / Math.max(1, latencies.length)),
    })}\n`,
  );
}

const instance = autocannon(
  {
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: {
      authorization: options.token,
      // as a browser asks; the progress answer is served gzipped once cached
      ...(options.paths === 'campaign-progress'
        ? { 'accept-encoding': 'gzip' }
        : {}),
    },
    requests: [
      {
        setupRequest: request => ({
          ...request,
          path: `${new URL(options.url).pathname}${nextPath()}`,
        }),
      },
    ],
  },
  (error, result) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    report(result);
  },
);
instance.on('response', (_client, _status, resBytes, responseTime) => {
  latencies.push(responseTime);
  bytes += resBytes;
});
