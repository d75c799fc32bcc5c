import type {
  CheckResult,
  EntityEvidence,
} from '@devops-maturity/plugin-maturity-common';
import { evidenceOutagesOf } from './evidenceOutagesOf';
import { SourcesDownTally } from './sourcesDown';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'a' },
};

const check = (checkId: string, source: CheckResult['source']) =>
  ({ checkId, source, status: 'unknown' } as CheckResult);

describe('evidenceOutagesOf', () => {
  it('lists each source down once with the kept checks that read it', () => {
    const evidence: EntityEvidence = {
      entity,
      unavailableSources: [
        { source: 'techInsights', message: 'timeout' },
        { source: 'pushed', message: 'store offline' },
        { source: 'techInsights', message: 'second provider' },
      ],
    };
    const checks = [
      check('ti', 'techInsights'),
      check('ti-not-kept', 'techInsights'),
      check('both', 'mixed'),
      check('ci', 'pushed'),
      check('cat', 'catalog'),
    ];
    expect(
      evidenceOutagesOf(evidence, checks, new Set(['ti', 'both', 'ci', 'cat'])),
    ).toEqual([
      {
        source: 'techInsights',
        message: 'timeout',
        keptChecks: ['ti', 'both'],
      },
      {
        source: 'pushed',
        message: 'store offline',
        keptChecks: ['both', 'ci'],
      },
    ]);
  });

  it('is empty when every source was read', () => {
    expect(
      evidenceOutagesOf(
        { entity },
        [check('ti', 'techInsights')],
        new Set(['ti']),
      ),
    ).toEqual([]);
  });
});

describe('SourcesDownTally', () => {
  it('counts entities per source once, with the first message, most entities first', () => {
    const tally = new SourcesDownTally();
    const down = (...sources: Array<[any, string]>): EntityEvidence => ({
      entity,
      unavailableSources: sources.map(([source, message]) => ({
        source,
        message,
      })),
    });
    tally.add([
      down(['pushed', 'offline']),
      down(['techInsights', 'timeout'], ['techInsights', 'again']),
      { entity },
    ]);
    tally.add([down(['techInsights', 'later'])]);
    expect(tally.list()).toEqual([
      { source: 'techInsights', entities: 2, message: 'timeout' },
      { source: 'pushed', entities: 1, message: 'offline' },
    ]);
    expect(new SourcesDownTally().list()).toEqual([]);
  });
});
