import {
  durationText,
  runDurationText,
  runErrorText,
  sourceDownText,
  triggerErrorOutcome,
  triggerOutcome,
  watchAfterTrigger,
} from './runs';

describe('durationText', () => {
  it('reads seconds, minutes and hours', () => {
    expect(durationText(400)).toBe('0 s');
    expect(durationText(45_000)).toBe('45 s');
    expect(durationText(125_000)).toBe('2 min 5 s');
    expect(durationText(3_780_000)).toBe('1 h 3 min');
  });
});

describe('runDurationText', () => {
  const startedAt = '2026-12-07T05:00:00.000Z';
  const now = new Date('2026-12-07T05:00:12.000Z');

  it('is the time a finished run took', () => {
    expect(
      runDurationText(
        { startedAt, finishedAt: '2026-12-07T05:01:00.000Z', status: 'failed' },
        undefined,
        now,
      ),
    ).toBe('1 min 0 s');
  });

  it('is the time so far of a running run', () => {
    expect(
      runDurationText({ startedAt, status: 'running' }, undefined, now),
    ).toBe('12 s so far');
  });

  it('is a dash without a readable end', () => {
    expect(
      runDurationText({ startedAt, status: 'failed' }, undefined, now),
    ).toBe('–');
    expect(
      runDurationText({ startedAt: 'x', status: 'running' }, undefined, now),
    ).toBe('–');
  });
});

describe('sourceDownText and runErrorText', () => {
  it('name the source and the count', () => {
    expect(
      sourceDownText({ source: 'techInsights', entities: 1, message: 'x' }),
    ).toBe('TechInsights: 1 entity');
    expect(sourceDownText({ source: 'ldap', entities: 3, message: 'x' })).toBe(
      'ldap: 3 entities',
    );
  });

  it('name what is known of an error', () => {
    expect(
      runErrorText({ entityRef: 'component:default/a', message: 'm' }),
    ).toBe('component:default/a: m');
    expect(runErrorText({ provider: 'pushed', message: 'm' })).toBe(
      'pushed: m',
    );
    expect(runErrorText({ message: 'm' })).toBe('m');
  });
});

describe('triggerOutcome', () => {
  it('tells a start, a takeover and a queued run apart', () => {
    expect(triggerOutcome({ status: 'started', queued: false })).toMatchObject({
      severity: 'success',
      title: 'Evaluation started',
    });
    expect(
      triggerOutcome({
        status: 'started',
        queued: false,
        takenOver: true,
        message: 'took over run r1',
      }),
    ).toEqual({
      severity: 'success',
      title: 'Started: took over from a run whose instance stopped',
      detail: 'took over run r1',
    });
    const now = new Date(2026, 11, 7, 10, 42, 0);
    const queued = triggerOutcome(
      {
        status: 'queued',
        queued: true,
        startsAt: new Date(2026, 11, 7, 10, 42, 12).toISOString(),
        startsInSeconds: 12,
        message: 'queued',
      },
      undefined,
      now,
    );
    expect(queued.severity).toBe('info');
    expect(queued.title).toMatch(
      /^Queued: starts by 10:42\s?AM \(in 12 s\), once the catalog has had time to ingest$/,
    );
  });

  it("tells a run in progress (409) from other refusals, with the backend's message", () => {
    const conflict = Object.assign(new Error('Request failed with 409'), {
      statusCode: 409,
      cause: {
        name: 'ConflictError',
        message: 'A full evaluation run is already running (run r1…)',
      },
    });
    expect(triggerErrorOutcome(conflict)).toEqual({
      severity: 'warning',
      title: 'A run is already in progress',
      detail: 'A full evaluation run is already running (run r1…)',
    });
    expect(triggerErrorOutcome(new Error('offline'))).toEqual({
      severity: 'error',
      title: 'Could not start the evaluation',
      detail: 'offline',
    });
  });
});

describe('watchAfterTrigger', () => {
  it('watches a minute, or a minute past a queued start', () => {
    expect(watchAfterTrigger({ status: 'started', queued: false })).toBe(
      60_000,
    );
    expect(
      watchAfterTrigger({
        status: 'queued',
        queued: true,
        startsAt: '2026-12-07T05:00:00.000Z',
        startsInSeconds: 30,
        message: '',
      }),
    ).toBe(90_000);
  });
});
