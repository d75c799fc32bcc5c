/** What one request of an open-loop load was answered with. */
export interface OpenLoopAnswer {
  status: number;
  bytes: number;
}

/** How to run an open-loop load. */
export interface OpenLoopOptions {
  /** Offered rate, requests per second. */
  rate: number;
  seconds: number;
  /** Requests in flight at most (sockets); a request due beyond it waits and is late. */
  maxInFlight: number;
  /** How long after the schedule's end unanswered requests are waited for. */
  drainSeconds: number;
  /** Sends the request with this index (0, 1, …); rejects on a failure to get an answer. */
  send(index: number): Promise<OpenLoopAnswer>;
}

/** What an open-loop load measured; latencies in ms from the scheduled send time. */
export interface OpenLoopResult {
  offeredRps: number;
  /** Answers per second over max(duration, time of the last answer). */
  achievedRps: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  /** Requests scheduled. */
  scheduled: number;
  sent: number;
  answered: number;
  /** Requests that found `maxInFlight` requests in flight when due and waited. */
  late: number;
  /** Failed requests and requests unanswered `drainSeconds` after the end. */
  errors: number;
  /** Answers with a status outside 200–299. */
  non2xx: number;
  meanBytes: number;
}

/** The value at percentile `p` (0–100) of ascending `sorted`; null when empty. */
export function percentile(
  sorted: ArrayLike<number>,
  p: number,
): number | null {
  if (sorted.length === 0) return null;
  const index = Math.min(
    sorted.length - 1,
    Math.floor((p / 100) * sorted.length),
  );
  return sorted[index];
}

/**
 * Runs an open-loop load: the i-th request is due at start + i / rate,
 * whatever the answers do (as users arriving independently), unlike a closed
 * loop, where a client sends its next request after the previous answer.
 * Each latency is measured from the request's SCHEDULED send time, so time a
 * request spent waiting, for the timer or for a free socket, counts (no
 * coordinated omission).
 */
export function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const { rate, seconds, maxInFlight, drainSeconds, send } = options;
  if (!(rate > 0) || !(seconds > 0) || !(maxInFlight >= 1)) {
    throw new Error(
      `open-loop load: rate (${rate}), seconds (${seconds}) and maxInFlight (${maxInFlight}) must be positive`,
    );
  }
  const total = Math.max(1, Math.round(rate * seconds));
  const intervalMs = 1000 / rate;
  const latencies = new Float64Array(total);
  const waiting: number[] = []; // scheduled times of late requests
  let scheduled = 0;
  let sent = 0;
  let answered = 0;
  let late = 0;
  let non2xx = 0;
  let bytes = 0;
  let inFlight = 0;
  let lastAnswerAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = performance.now();

  return new Promise(resolve => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      const sorted = latencies.subarray(0, answered).sort();
      const elapsedMs = Math.max(seconds * 1000, lastAnswerAt - start);
      resolve({
        offeredRps: rate,
        achievedRps: Math.round((answered / elapsedMs) * 10_000) / 10,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: percentile(sorted, 100),
        scheduled: total,
        sent,
        answered,
        late,
        errors: total - answered,
        non2xx,
        meanBytes: Math.round(bytes / Math.max(1, answered)),
      });
    };
    const dispatch = (scheduledAt: number) => {
      const index = sent++;
      inFlight++;
      const settle = (answer?: OpenLoopAnswer) => {
        if (finished) return;
        inFlight--;
        lastAnswerAt = performance.now();
        if (answer) {
          latencies[answered++] = lastAnswerAt - scheduledAt;
          bytes += answer.bytes;
          if (answer.status < 200 || answer.status > 299) non2xx++;
        }
        const next = waiting.shift();
        if (next !== undefined) dispatch(next);
        else if (scheduled === total && inFlight === 0) finish();
      };
      send(index).then(settle, () => settle());
    };
    const tick = () => {
      const now = performance.now();
      while (scheduled < total && start + scheduled * intervalMs <= now) {
        const scheduledAt = start + scheduled * intervalMs;
        scheduled++;
        if (inFlight < maxInFlight) dispatch(scheduledAt);
        else {
          late++;
          waiting.push(scheduledAt);
        }
      }
      if (scheduled < total) {
        timer = setTimeout(tick, start + scheduled * intervalMs - now);
      } else if (inFlight === 0 && waiting.length === 0) {
        finish();
      } else {
        // whatever is still unanswered then counts as an error
        timer = setTimeout(
          finish,
          start + (seconds + drainSeconds) * 1000 - now,
        );
      }
    };
    tick();
  });
}
