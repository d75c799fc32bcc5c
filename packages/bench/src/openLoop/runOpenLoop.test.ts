import { OpenLoopAnswer, percentile, runOpenLoop } from './runOpenLoop';

const after = (ms: number, answer: OpenLoopAnswer) =>
  new Promise<OpenLoopAnswer>(resolve => setTimeout(() => resolve(answer), ms));

describe('runOpenLoop', () => {
  it('sends every scheduled request on time when capacity suffices', async () => {
    const sentAt: number[] = [];
    const start = performance.now();
    const result = await runOpenLoop({
      rate: 100,
      seconds: 0.3,
      maxInFlight: 10,
      drainSeconds: 1,
      send: () => {
        sentAt.push(performance.now() - start);
        return after(5, { status: 200, bytes: 10 });
      },
    });
    expect(result).toMatchObject({
      offeredRps: 100,
      scheduled: 30,
      sent: 30,
      answered: 30,
      late: 0,
      errors: 0,
      non2xx: 0,
      meanBytes: 10,
    });
    // on a schedule, not one after the other: the last went out near 290 ms
    expect(sentAt[29]).toBeGreaterThanOrEqual(289);
    expect(result.p50).toBeGreaterThanOrEqual(5);
  });

  it('measures from the scheduled time, so requests waiting for a socket show their wait', async () => {
    // one socket, 30 ms per answer, a request due every 10 ms: the queue grows
    const result = await runOpenLoop({
      rate: 100,
      seconds: 0.3,
      maxInFlight: 1,
      drainSeconds: 5,
      send: () => after(30, { status: 200, bytes: 1 }),
    });
    expect(result.answered).toBe(30);
    expect(result.late).toBeGreaterThanOrEqual(15);
    // a closed-loop client would report about 30 ms for every request; the
    // last was due at 290 ms and answered after the 29 before it (≥ 900 ms)
    expect(result.max).toBeGreaterThanOrEqual(600);
    expect(result.p99).toBeGreaterThanOrEqual(500);
    expect(result.achievedRps).toBeLessThan(50);
  });

  it('counts failed requests as errors and non-2xx answers apart', async () => {
    const result = await runOpenLoop({
      rate: 100,
      seconds: 0.1,
      maxInFlight: 10,
      drainSeconds: 1,
      send: index =>
        index % 2 === 0
          ? Promise.reject(new Error('connection refused'))
          : Promise.resolve({ status: 503, bytes: 0 }),
    });
    expect(result).toMatchObject({
      sent: 10,
      answered: 5,
      errors: 5,
      non2xx: 5,
    });
  });

  it('counts requests unanswered after the drain time as errors', async () => {
    const result = await runOpenLoop({
      rate: 50,
      seconds: 0.1,
      maxInFlight: 2,
      drainSeconds: 0.1,
      send: () => new Promise<OpenLoopAnswer>(() => {}),
    });
    expect(result).toMatchObject({
      scheduled: 5,
      sent: 2,
      late: 3,
      answered: 0,
      errors: 5,
      p95: null,
    });
  });

  it('rejects a rate that is not positive', () => {
    expect(() =>
      runOpenLoop({
        rate: 0,
        seconds: 1,
        maxInFlight: 1,
        drainSeconds: 1,
        send: () => Promise.resolve({ status: 200, bytes: 0 }),
      }),
    ).toThrow(/rate \(0\)/);
  });
});

describe('percentile', () => {
  it('picks the value at the rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(51);
    expect(percentile(sorted, 95)).toBe(96);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([], 50)).toBeNull();
  });
});
