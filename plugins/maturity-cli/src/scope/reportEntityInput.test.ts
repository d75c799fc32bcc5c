import path from 'path';
import { evaluateEntity } from '@devops-maturity/plugin-maturity-common';
import { readCatalogFiles } from '../lib/catalogFiles';
import { offlineEvidence } from '../lib/evidence';
import { loadModel } from '../lib/models';
import { reportEntityInput } from './reportEntityInput';

const FIXTURES = path.join(__dirname, '..', '__fixtures__');

describe('reportEntityInput', () => {
  it('gives the catalog fields and the results as the backend stores them (no not-applicable checks)', async () => {
    const { compiled, model } = loadModel(
      path.join(FIXTURES, 'models', 'small-model.yaml'),
    );
    const { entities } = await readCatalogFiles([
      path.join(FIXTURES, 'catalog', 'payments.yaml'),
    ]);
    const item = entities.find(
      e => e.entityRef === 'component:default/payments-web',
    )!;
    const now = new Date('2026-12-01T00:00:00Z');
    const evaluation = evaluateEntity(
      compiled,
      offlineEvidence(item, undefined),
      {
        now,
      },
    );
    const input = reportEntityInput(model, item, evaluation, now.toISOString());

    expect(input).toMatchObject({
      entityRef: 'component:default/payments-web',
      kind: 'Component',
      annotations: {
        'jenkins.io/job-full-name': 'payments/payments-web/main',
      },
    });
    expect(input.title).toBeUndefined();
    expect(input.results).toMatchObject({
      modelId: model.id,
      modelVersion: model.version,
      level: evaluation.score.level,
      evaluatedAt: '2026-12-01T00:00:00.000Z',
      ownerRef: 'group:default/payments-team',
    });
    const applicable = evaluation.checks.filter(
      c => c.status !== 'not-applicable',
    );
    expect(applicable.length).toBeLessThan(evaluation.checks.length);
    expect(input.results!.checks.map(c => c.checkId)).toEqual(
      applicable.map(c => c.checkId),
    );
    expect(input.results!.domains.map(d => d.domainId)).toEqual(
      evaluation.score.domains.map(d => d.domainId),
    );
  });
});
