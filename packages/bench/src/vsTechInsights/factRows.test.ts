import type { Entity } from '@backstage/catalog-model';
import { factRowsOf, factSchemasOf } from './factRows';
import { noFactNeeds } from './translateRule';

describe('factRowsOf', () => {
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'a',
      annotations: { 'argocd/app-name': 'a-prod', blank: ' ' },
      links: [{ url: 'https://x', type: 'runbook' }, { url: 'https://y' }],
    },
    spec: { type: 'service' },
  };
  const needs = noFactNeeds();
  needs.entityPaths = new Set([
    "metadata.annotations['argocd/app-name']",
    "metadata.annotations['blank']",
    'metadata.links.type',
    'metadata.description',
  ]);
  needs.ageFacts = [{ retrieverId: 'resilience', factName: 'lastDrill' }];
  const now = new Date('2026-06-01T00:00:00Z');

  it('serves entity fields and retriever facts with date ages', () => {
    const rows = factRowsOf(
      {
        entity,
        techInsights: {
          resilience: { facts: { lastDrill: '2026-05-30T00:00:00Z' } },
        },
      },
      needs,
      now,
    );
    expect(rows).toEqual([
      {
        retrieverId: 'entityMetadata',
        facts: {
          "metadata.annotations['argocd/app-name']": 'a-prod',
          "metadata.annotations['blank']": null,
          'metadata.links.type': ['runbook'],
          'metadata.description': null,
        },
      },
      {
        retrieverId: 'resilience',
        facts: { lastDrill: '2026-05-30T00:00:00Z', lastDrillAgeDays: 2 },
      },
    ]);
    expect(factSchemasOf(rows).get('resilience')).toEqual({
      lastDrill: { type: 'datetime', description: 'lastDrill (resilience)' },
      lastDrillAgeDays: {
        type: 'integer',
        description: 'lastDrillAgeDays (resilience)',
      },
    });
  });

  it('gives no TechInsights rows when TechInsights is unavailable', () => {
    const rows = factRowsOf(
      {
        entity,
        techInsights: { resilience: { facts: { lastDrill: 'x' } } },
        unavailableSources: [{ source: 'techInsights', message: 'down' }],
      },
      needs,
      now,
    );
    expect(rows.map(r => r.retrieverId)).toEqual(['entityMetadata']);
  });
});
