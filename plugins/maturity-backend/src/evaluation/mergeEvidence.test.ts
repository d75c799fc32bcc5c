import type { EntityEvidence } from '@devops-maturity/plugin-maturity-common';
import { mergeEvidence } from './mergeEvidence';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc' },
};

describe('mergeEvidence', () => {
  it('merges pushed facts and their history by source, beside TechInsights facts', () => {
    const target: EntityEvidence = {
      entity,
      techInsights: { dora: { facts: { leadTimeHours: 20 } } },
      pushed: { ci: { facts: { coverage: 70 }, timestamp: '2026-01-01' } },
    };
    mergeEvidence(target, {
      pushed: { security: { facts: { criticalVulns: 0 } } },
      pushedHistory: {
        ci: { coverage: [{ timestamp: '2025-10-01', value: 50 }] },
      },
    });
    mergeEvidence(target, {
      pushed: { ci: { facts: { coverage: 80 }, timestamp: '2026-02-01' } },
    });
    expect(target).toEqual({
      entity,
      techInsights: { dora: { facts: { leadTimeHours: 20 } } },
      pushed: {
        ci: { facts: { coverage: 80 }, timestamp: '2026-02-01' },
        security: { facts: { criticalVulns: 0 } },
      },
      pushedHistory: {
        ci: { coverage: [{ timestamp: '2025-10-01', value: 50 }] },
      },
    });
  });

  it('keeps every map it is not given, and appends unavailable sources', () => {
    const target: EntityEvidence = {
      entity,
      factHistory: { dora: { leadTimeHours: [] } },
      waivers: { a: { reason: 'r', author: 'user:default/x' } },
      unavailableSources: [{ source: 'techInsights', message: 'down' }],
    };
    mergeEvidence(target, {
      unavailableSources: [{ source: 'pushed', message: 'store offline' }],
    });
    expect(target).toEqual({
      entity,
      factHistory: { dora: { leadTimeHours: [] } },
      waivers: { a: { reason: 'r', author: 'user:default/x' } },
      unavailableSources: [
        { source: 'techInsights', message: 'down' },
        { source: 'pushed', message: 'store offline' },
      ],
    });
  });
});
