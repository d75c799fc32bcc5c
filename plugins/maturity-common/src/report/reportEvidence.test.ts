import { evidenceOf } from './reportEvidence';

describe('evidenceOf', () => {
  const entity = { entityRef: 'component:default/a', kind: 'Component' };
  const result = {
    checkId: 'dora',
    status: 'passed' as const,
    message: 'ok',
    source: 'techInsights' as const,
    updatedAt: '2026-12-01T00:00:00.000Z',
  };

  it('takes each fact value from a value keyed by fact', () => {
    const evidence = evidenceOf({
      facts: ['techInsights.dora.leadTime', 'techInsights.dora.mttr'],
      entity,
      result: { ...result, value: { 'techInsights.dora.leadTime': 12 } },
    });
    expect(evidence.facts).toEqual([
      {
        fact: 'techInsights.dora.leadTime',
        value: 12,
        recordedAt: '2026-12-01T00:00:00.000Z',
      },
      {
        fact: 'techInsights.dora.mttr',
        recordedAt: '2026-12-01T00:00:00.000Z',
      },
    ]);
  });

  it('does not guess which fact a plain value of several belongs to', () => {
    const evidence = evidenceOf({
      facts: ['techInsights.a.x', 'techInsights.a.y'],
      entity,
      result: { ...result, value: 3 },
    });
    expect(evidence.facts?.map(f => f.value)).toEqual([undefined, undefined]);
  });
});
