import { staleEvidenceOf } from './staleEvidence';

const outage = (
  source: string,
  since: string,
  keptChecks: Record<string, string[]>,
) => ({
  entityRef: 'component:default/a',
  source,
  since,
  lastFailureAt: '2026-03-05T00:00:00.000Z',
  ...(source === 'techInsights'
    ? { lastSuccessAt: '2026-03-01T00:00:00.000Z' }
    : {}),
  message: `${source} down`,
  keptChecks,
});

describe('staleEvidenceOf', () => {
  it('counts the kept checks of the model and marks each with the source down longest', () => {
    const { staleEvidence, markers } = staleEvidenceOf(
      [
        outage('pushed', '2026-03-03T00:00:00.000Z', { m: ['ci', 'both'] }),
        outage('techInsights', '2026-03-02T00:00:00.000Z', {
          m: ['ti', 'both'],
          other: ['x'],
        }),
      ],
      'm',
    );
    expect(staleEvidence).toEqual([
      {
        source: 'pushed',
        since: '2026-03-03T00:00:00.000Z',
        lastFailureAt: '2026-03-05T00:00:00.000Z',
        message: 'pushed down',
        checks: 2,
      },
      {
        source: 'techInsights',
        since: '2026-03-02T00:00:00.000Z',
        lastFailureAt: '2026-03-05T00:00:00.000Z',
        lastSuccessAt: '2026-03-01T00:00:00.000Z',
        message: 'techInsights down',
        checks: 2,
      },
    ]);
    expect(Object.fromEntries(markers)).toEqual({
      ti: {
        source: 'techInsights',
        since: '2026-03-02T00:00:00.000Z',
        evidenceAt: '2026-03-01T00:00:00.000Z',
      },
      both: {
        source: 'techInsights',
        since: '2026-03-02T00:00:00.000Z',
        evidenceAt: '2026-03-01T00:00:00.000Z',
      },
      ci: { source: 'pushed', since: '2026-03-03T00:00:00.000Z' },
    });
  });

  it('has nothing without outages', () => {
    const { staleEvidence, markers } = staleEvidenceOf(undefined, 'm');
    expect(staleEvidence).toEqual([]);
    expect(markers.size).toBe(0);
  });
});
