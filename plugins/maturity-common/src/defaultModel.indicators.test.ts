import fs from 'fs';
import path from 'path';
import type { Entity } from '@backstage/catalog-model';
import { parseModelYaml } from './model/parseModel';
import { compileModel } from './engine/compileModel';
import { evaluateEntity } from './engine/evaluateEntity';
import { computeIndicatorSamples } from './indicators/indicatorSamples';
import { daysAgo, NOW } from './__testUtils__/fixtures';

const MODEL_FILE = path.resolve(__dirname, '../models/caict-devops.yaml');
const model = parseModelYaml(fs.readFileSync(MODEL_FILE, 'utf8')).model!;
const compiled = compileModel(model);

const component = (type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', namespace: 'default' },
  spec: { type, lifecycle: 'production', owner: 'group:default/team' },
});

describe('the default model indicators', () => {
  it('defines the CAICT headline figures and the DORA metrics', () => {
    expect(
      model.indicators?.map(i => [i.id, i.aggregation.type, i.target]),
    ).toEqual([
      ['core-configuration-accuracy', 'passRate', 100],
      ['business-alert-detection-rate', 'mean', 90],
      ['key-process-lead-time-change', 'change', -40],
      ['deployment-frequency', 'p50', 5],
      ['lead-time-for-changes', 'p50', 24],
      ['change-failure-rate', 'mean', 15],
      ['mean-time-to-restore', 'p50', 60],
    ]);
    const accuracy = model.indicators![0].aggregation;
    expect(
      accuracy.type === 'passRate' && compiled.getCheck(accuracy.check)?.check,
    ).toMatchObject({
      title: 'Core configuration data is complete and accurate',
    });
    expect(model.indicators![2].aggregation).toMatchObject({
      baseline: 'configured',
      days: 180,
    });
    for (const indicator of model.indicators!) {
      expect(indicator.reference).toMatch(/^CAICT DevOps CMM — /);
      expect(indicator.appliesTo).toEqual({
        kind: 'component',
        'spec.type': { $in: ['service', 'website'] },
      });
    }
  });

  it('samples services and websites, and leaves out libraries', () => {
    const evidence = (type: string) => ({
      entity: component(type),
      techInsights: {
        doraFactRetriever: {
          facts: {
            deploymentsPerWeek: 7,
            leadTimeHours: 30,
            changeFailureRate: 4,
            mttrMinutes: 45,
          },
        },
      },
      factHistory: {
        doraFactRetriever: {
          leadTimeHours: [{ timestamp: daysAgo(200), value: 60 }],
        },
      },
    });
    const samplesOf = (type: string) =>
      computeIndicatorSamples(
        compiled,
        evidence(type),
        evaluateEntity(compiled, evidence(type), { now: NOW }),
        { now: NOW },
      );
    expect(samplesOf('service')).toEqual({
      // no system relation, no description: incomplete
      'core-configuration-accuracy': 0,
      'business-alert-detection-rate': null,
      'key-process-lead-time-change': -50,
      'deployment-frequency': 7,
      'lead-time-for-changes': 30,
      'change-failure-rate': 4,
      'mean-time-to-restore': 45,
    });
    expect(samplesOf('library')).toEqual({});
  });
});
