/*
 * Open-loop load client of bench/refresh.ts (`--open-loop`), run as its own
 * process: requests are sent on a fixed schedule (the i-th at start + i/rate
 * seconds) whatever the answers do, as independent users arrive; not after
 * the previous answer, as a closed-loop client (autocannon, loadClient.js)
 * does.
 *
 *   node bench/openLoopClient.js '{"urls":[…],"token":…,"paths":"rollup","rate":300,"seconds":20,…}'
 *
 * Latency is measured from each request's SCHEDULED send time, not from when
 * it went out (no coordinated omission): a request that finds every socket
 * (`maxSockets`) busy waits for one, is counted as late, and its wait is part
 * of its latency. With several `urls` (backend instances), requests go to
 * them in turn (round robin), each with its own keep-alive agent.
 *
 * Prints one JSON line: offered and achieved rate (answers per second),
 * p50/p95/p99/max latency (ms), requests sent, answered, late, errors
 * (socket errors and requests unanswered `drainSeconds` after the end),
 * non-2xx answers and mean answer size.
 */
'use strict';
const http = require('node:http');
const { pathFor } = require('./loadPaths');

const options = JSON.parse(process.argv[2]);
const rate = Number(options.rate);
const seconds = Number(options.seconds);
const maxSockets = Number(options.maxSockets ?? 64);
const drainSeconds = Number(options.drainSeconds ?? 10);
if (!(rate > 0) || !(seconds > 0)) {
  throw new Error(`rate and seconds must be positive: ${process.argv[2]}`);
}
const nextPath = pathFor(options);
const targets = options.urls.map(url => ({
  url: new URL(url),
  agent: new http.Agent({ keepAlive: true, maxSockets }),
}));
const headers = {
  authorization: options.token,
  // as a browser asks; the progress answer is served gzipped once cached
  ...(options.paths === 'campaign-progress'
    ? { 'accept-encoding': 'gzip' }
    : {}),
};

const total = Math.round(rate * seconds);
const intervalMs = 1000 / rate;
const latencies = new Float64Array(total);
let answered = 0;
let sent = 0;
let late = 0;
let errors = 0;
let non2xx = 0;
let bytes = 0;
let inFlight = 0;
let lastAnswerAt = 0;
/** Requests due but waiting for a socket: their scheduled times. */
const waiting = [];
let start = 0;

function send(scheduledAt) {
  const target = targets[sent % targets.length];
  sent++;
  inFlight++;
  let done = false;
  const finish = ok => {
    if (done) return;
    done = true;
    inFlight--;
    const now = performance.now();
    if (ok) latencies[answered++] = now - scheduledAt;
    else errors++;
    lastAnswerAt = now;
    if (waiting.length > 0) send(waiting.shift());
    else if (scheduled >= total && inFlight === 0) report();
  };
  const request = http.request(
    {
      host: target.url.hostname,
      port: target.url.port,
      path: `${target.url.pathname}${nextPath()}`,
      agent: target.agent,
      headers,
    },
    res => {
      if (res.statusCode < 200 || res.statusCode >= 300) non2xx++;
      res.on('data', chunk => {
        bytes += chunk.length;
      });
      res.on('end', () => finish(true));
      res.on('error', () => finish(false));
    },
  );
  request.on('error', () => finish(false));
  request.end();
}

let scheduled = 0;
/** Dispatches every request due by now, then sleeps until the next is due. */
function tick() {
  const now = performance.now();
  while (scheduled < total && start + scheduled * intervalMs <= now) {
    const scheduledAt = start + scheduled * intervalMs;
    scheduled++;
    if (inFlight < maxSockets * targets.length) send(scheduledAt);
    else {
      late++;
      waiting.push(scheduledAt);
    }
  }
  if (scheduled < total) {
    setTimeout(tick, Math.max(0, start + scheduled * intervalMs - now));
  } else {
    setTimeout(
      () => report(),
      (seconds + drainSeconds) * 1000 - (now - start),
    ).unref();
  }
}

let reported = false;
function report() {
  if (reported) return;
  reported = true;
  const unanswered = total - answered - errors;
  const sorted = latencies.subarray(0, answered).sort();
  const pct = p =>
    answered === 0
      ? null
      : sorted[Math.min(answered - 1, Math.floor((p / 100) * answered))];
  const elapsedMs = Math.max(seconds * 1000, lastAnswerAt - start);
  process.stdout.write(
    `${JSON.stringify({
      offeredRps: rate,
      achievedRps: Math.round((answered / elapsedMs) * 10000) / 10,
      p50: pct(50),
      p95: pct(95),
      p99: pct(99),
      max: pct(100),
      sent,
      answered,
      late,
      errors: errors + unanswered,
      non2xx,
      meanBytes: Math.round(bytes / Math.max(1, answered)),
    })}\n`,
  );
  for (const target of targets) target.agent.destroy();
  process.exit(0);
}

start = performance.now();
tick();
