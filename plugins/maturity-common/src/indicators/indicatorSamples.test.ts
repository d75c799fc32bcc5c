import { compileModel } from '../engine/compileModel';
import { evaluateEntity } from '../engine/evaluateEntity';
import type { EntityEvidence } from '../evidence/types';
import type { MaturityIndicator, MaturityModel } from '../model/types';
import {
  component,
  daysAgo,
  modelOf,
  NOW,
  ruleCheck,
} from '../__testUtils__/fixtures';
import { computeIndicatorSamples } from './indicatorSamples';

const LEAD_TIME = 'techInsights.dora.leadTimeHours';
const DETECTION = 'techInsights.slo.alertDetectionRate';

function indicator(
  id: string,
  aggregation: MaturityIndicator['aggregation'],
  extra: Partial<MaturityIndicator> = {},
): MaturityIndicator {
  return {
    id,
    title: id,
    aggregation,
    unit: '%',
    target: 50,
    direction: 'increase',
    ...extra,
  };
}

function model(indicators: MaturityIndicator[]): MaturityModel {
  return {
    ...modelOf({
      cd: [
        ruleCheck('fast', 1, { fact: LEAD_TIME, operator: 'lt', value: 24 }),
        ruleCheck(
          'services-only',
          2,
          { fact: 'entity.spec.owner', operator: 'exists' },
          { appliesTo: { 'spec.type': 'service' } },
        ),
      ],
      sre: [
        ruleCheck(
          'detects',
          1,
          { fact: DETECTION, operator: 'gte', value: 90 },
          { appliesTo: { kind: 'component' } },
        ),
      ],
    }),
    indicators,
  };
}

function samplesOf(
  indicators: MaturityIndicator[],
  evidence: EntityEvidence,
  options: { baselineDate?: string } = {},
) {
  const compiled = compileModel(model(indicators));
  const evaluation = evaluateEntity(compiled, evidence, { now: NOW });
  return computeIndicatorSamples(compiled, evidence, evaluation, {
    now: NOW,
    ...options,
  });
}

const facts = (values: Record<string, number | string | boolean>) => ({
  dora: {
    facts: Object.fromEntries(
      Object.entries(values).filter(([k]) => k === 'leadTimeHours'),
    ),
  },
  slo: {
    facts: Object.fromEntries(
      Object.entries(values).filter(([k]) => k === 'alertDetectionRate'),
    ),
  },
});

describe('computeIndicatorSamples', () => {
  it('gives 100 for a passed check, 0 for a failed one, no data for unknown', () => {
    const rate = [indicator('rate', { type: 'passRate', check: 'fast' })];
    const entity = component('svc');
    expect(
      samplesOf(rate, { entity, techInsights: facts({ leadTimeHours: 5 }) }),
    ).toEqual({ rate: 100 });
    expect(
      samplesOf(rate, { entity, techInsights: facts({ leadTimeHours: 50 }) }),
    ).toEqual({ rate: 0 });
    expect(samplesOf(rate, { entity })).toEqual({ rate: null });
  });

  it('counts a waived check as passed', () => {
    const rate = [indicator('rate', { type: 'passRate', check: 'fast' })];
    expect(
      samplesOf(rate, {
        entity: component('svc'),
        techInsights: facts({ leadTimeHours: 50 }),
        waivers: { fast: { reason: 'legacy', author: 'user:default/a' } },
      }),
    ).toEqual({ rate: 100 });
  });

  it('leaves out entities a check does not apply to, unless appliesTo puts them in scope', () => {
    const website = component('web', { spec: { type: 'website' } });
    expect(
      samplesOf(
        [indicator('rate', { type: 'passRate', check: 'services-only' })],
        {
          entity: website,
        },
      ),
    ).toEqual({});
    expect(
      samplesOf(
        [
          indicator(
            'rate',
            { type: 'passRate', check: 'services-only' },
            { appliesTo: { kind: 'component' } },
          ),
        ],
        { entity: website },
      ),
    ).toEqual({ rate: null });
  });

  it('leaves out entities that do not match appliesTo', () => {
    const rate = [
      indicator(
        'rate',
        { type: 'passRate', check: 'fast' },
        { appliesTo: { 'spec.type': 'website' } },
      ),
    ];
    expect(
      samplesOf(rate, {
        entity: component('svc'),
        techInsights: facts({ leadTimeHours: 5 }),
      }),
    ).toEqual({});
  });

  it('takes the current numeric fact value; missing or non-numeric is no data', () => {
    const mean = [indicator('detection', { type: 'mean', fact: DETECTION })];
    const entity = component('svc');
    expect(
      samplesOf(mean, {
        entity,
        techInsights: facts({ alertDetectionRate: 87.5 }),
      }),
    ).toEqual({ detection: 87.5 });
    expect(
      samplesOf(mean, {
        entity,
        techInsights: facts({ alertDetectionRate: '92' }),
      }),
    ).toEqual({ detection: 92 });
    expect(
      samplesOf(mean, {
        entity,
        techInsights: facts({ alertDetectionRate: 'high' }),
      }),
    ).toEqual({ detection: null });
    expect(samplesOf(mean, { entity })).toEqual({ detection: null });
    // not a component: no check reading the fact applies
    expect(samplesOf(mean, { entity: { ...entity, kind: 'System' } })).toEqual(
      {},
    );
  });

  it('computes the percent change against the value at the rolling baseline', () => {
    const change = [
      indicator('lead', { type: 'change', fact: LEAD_TIME, days: 90 }),
    ];
    const history = {
      dora: {
        leadTimeHours: [
          { timestamp: daysAgo(200), value: 400 },
          { timestamp: daysAgo(100), value: 100 },
          { timestamp: daysAgo(10), value: 70 },
        ],
      },
    };
    expect(
      samplesOf(change, {
        entity: component('svc'),
        techInsights: facts({ leadTimeHours: 60 }),
        factHistory: history,
      }),
    ).toEqual({ lead: -40 });
  });

  it('uses the configured baseline date, and the days window without one', () => {
    const change = [
      indicator('lead', {
        type: 'change',
        fact: LEAD_TIME,
        baseline: 'configured',
      }),
    ];
    const evidence: EntityEvidence = {
      entity: component('svc'),
      techInsights: facts({ leadTimeHours: 50 }),
      factHistory: {
        dora: {
          leadTimeHours: [
            { timestamp: '2025-01-01T12:00:00Z', value: 200 },
            // 180 days before NOW (the default window)
            { timestamp: daysAgo(185), value: 100 },
          ],
        },
      },
    };
    expect(samplesOf(change, evidence, { baselineDate: '2025-01-01' })).toEqual(
      { lead: -75 },
    );
    expect(samplesOf(change, evidence)).toEqual({ lead: -50 });
  });

  it('has no data for a change without history, current value or a non-zero baseline', () => {
    const change = [indicator('lead', { type: 'change', fact: LEAD_TIME })];
    const entity = component('svc');
    expect(
      samplesOf(change, { entity, techInsights: facts({ leadTimeHours: 5 }) }),
    ).toEqual({ lead: null });
    expect(
      samplesOf(change, {
        entity,
        factHistory: {
          dora: { leadTimeHours: [{ timestamp: daysAgo(200), value: 10 }] },
        },
      }),
    ).toEqual({ lead: null });
    expect(
      samplesOf(change, {
        entity,
        techInsights: facts({ leadTimeHours: 5 }),
        factHistory: {
          dora: { leadTimeHours: [{ timestamp: daysAgo(200), value: 0 }] },
        },
      }),
    ).toEqual({ lead: null });
  });

  it('gives 100 or 0 from the domain level, no data where the domain does not apply', () => {
    const share = [
      indicator(
        'sre',
        { type: 'levelShare', domain: 'sre', minLevel: 1 },
        { appliesTo: { 'spec.type': { $in: ['service', 'website'] } } },
      ),
    ];
    expect(
      samplesOf(share, {
        entity: component('svc'),
        techInsights: facts({ alertDetectionRate: 95 }),
      }),
    ).toEqual({ sre: 100 });
    expect(
      samplesOf(share, {
        entity: component('svc'),
        techInsights: facts({ alertDetectionRate: 50 }),
      }),
    ).toEqual({ sre: 0 });
    const system = { ...component('web', { spec: { type: 'website' } }) };
    system.kind = 'System';
    expect(samplesOf(share, { entity: system })).toEqual({ sre: null });
  });

  it('has no samples for a model without indicators', () => {
    expect(samplesOf([], { entity: component('svc') })).toEqual({});
  });
});

describe('computeIndicatorSamples: pushed facts', () => {
  it('computes a change of a pushed fact against its pushed history', () => {
    const compiled = compileModel({
      ...modelOf({
        quality: [
          ruleCheck('covered', 1, {
            fact: 'pushed.ci.coverage',
            operator: 'gte',
            value: 80,
          }),
        ],
      }),
      indicators: [
        indicator('coverage', {
          type: 'change',
          fact: 'pushed.ci.coverage',
          days: 90,
        }),
      ],
    });
    const evidence: EntityEvidence = {
      entity: component('svc'),
      pushed: { ci: { facts: { coverage: 75 } } },
      pushedHistory: {
        ci: { coverage: [{ timestamp: daysAgo(100), value: 50 }] },
      },
      // TechInsights history of the same names is not pushed history.
      factHistory: {
        ci: { coverage: [{ timestamp: daysAgo(100), value: 25 }] },
      },
    };
    const evaluation = evaluateEntity(compiled, evidence, { now: NOW });
    expect(
      computeIndicatorSamples(compiled, evidence, evaluation, { now: NOW }),
    ).toEqual({ coverage: 50 });
  });
});
