/*
 * Open-loop load client of bench/refresh.ts (`--open-loop`), run as its own
 * process: requests go out on a fixed schedule at the offered rate, whatever
 * the answers do (runOpenLoop of @internal/bench; latency from each request's
 * scheduled send time), over keep-alive sockets, at most `maxSockets` per
 * backend instance. With several `urls` (instances), requests go to them in
 * turn (round robin), each with its own agent.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs bench/openLoopClient.ts \
 *     '{"urls":[…],"token":…,"paths":"rollup","rate":300,"seconds":20,…}'
 *
 * Prints one JSON line: the OpenLoopResult (offered and achieved rate,
 * p50/p95/p99/max ms, requests sent, answered, late, errors, non-2xx, mean
 * answer size).
 */
import { OpenLoopAnswer, runOpenLoop } from '@internal/bench';
import http from 'node:http';
import { LoadPathOptions, pathFor } from './loadPaths';

const options = JSON.parse(process.argv[2]) as LoadPathOptions & {
  urls: string[];
  token: string;
  rate: number;
  seconds: number;
  maxSockets: number;
};

const nextPath = pathFor(options);
const targets = options.urls.map(url => ({
  url: new URL(url),
  agent: new http.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
}));
const headers = {
  authorization: options.token,
  // as a browser asks; the progress answer is served gzipped once cached
  ...(options.paths === 'campaign-progress'
    ? { 'accept-encoding': 'gzip' }
    : {}),
};

/** One GET to the next instance; resolves with the answer once read. */
function send(index: number): Promise<OpenLoopAnswer> {
  const target = targets[index % targets.length];
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: target.url.hostname,
        port: target.url.port,
        path: `${target.url.pathname}${nextPath()}`,
        agent: target.agent,
        headers,
      },
      res => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

runOpenLoop({
  rate: options.rate,
  seconds: options.seconds,
  // the agents' sockets: a request beyond them would wait inside the agent
  maxInFlight: options.maxSockets * targets.length,
  drainSeconds: 10,
  send,
}).then(
  result => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  error => {
    console.error(error);
    process.exit(1);
  },
);
