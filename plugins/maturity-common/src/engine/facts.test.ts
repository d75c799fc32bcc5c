import { compileModel } from './compileModel';
import { evaluateEntity } from './evaluateEntity';
import {
  component,
  daysAgo,
  evaluateRule,
  modelOf,
  NOW,
  ruleCheck,
} from '../__testUtils__/fixtures';
import type { MaturityCheck } from '../model/types';

describe('entity facts', () => {
  const entity = component('svc', {
    annotations: {
      'pagerduty.com/service-id': 'P123',
      'backstage.io/techdocs-ref': 'dir:.',
      'backstage.io': 'decoy',
    },
    metadata: {
      links: [
        { url: 'https://wiki/runbook', type: 'runbook' },
        { url: 'https://grafana/d/1', type: 'dashboard' },
        { url: 'https://x', title: 'untyped' },
      ],
      tags: ['java', 'tier-1'],
    },
  });

  it('reads annotations with bracket syntax', () => {
    const result = evaluateRule(
      {
        fact: "entity.metadata.annotations['pagerduty.com/service-id']",
        operator: 'equals',
        value: 'P123',
      },
      {},
      entity,
    );
    expect(result).toMatchObject({
      status: 'passed',
      value: 'P123',
      message: "annotation pagerduty.com/service-id is 'P123'",
      source: 'catalog',
    });
  });

  it('reads annotations with dots in their keys from dot paths, longest key first', () => {
    expect(
      evaluateRule(
        {
          fact: 'entity.metadata.annotations.pagerduty.com/service-id',
          operator: 'exists',
        },
        {},
        entity,
      ),
    ).toMatchObject({ status: 'passed', value: 'P123' });
    expect(
      evaluateRule(
        {
          fact: 'entity.metadata.annotations.backstage.io/techdocs-ref',
          operator: 'equals',
          value: 'dir:.',
        },
        {},
        entity,
      ),
    ).toMatchObject({ status: 'passed' });
    expect(
      evaluateRule(
        {
          fact: 'entity.metadata.annotations.backstage.io',
          operator: 'equals',
          value: 'decoy',
        },
        {},
        entity,
      ).status,
    ).toBe('passed');
    expect(
      evaluateRule(
        {
          fact: 'entity.metadata.annotations.opsgenie.com/component-selector',
          operator: 'exists',
        },
        {},
        entity,
      ),
    ).toMatchObject({
      status: 'failed',
      message: 'annotation opsgenie.com/component-selector is missing',
    });
  });

  it('collects values through arrays (link types) and indexes arrays', () => {
    expect(
      evaluateRule(
        {
          fact: 'entity.metadata.links.type',
          operator: 'contains',
          value: 'runbook',
        },
        {},
        entity,
      ),
    ).toMatchObject({
      status: 'passed',
      value: ['runbook', 'dashboard'],
    });
    expect(
      evaluateRule(
        {
          fact: 'entity.metadata.links.type',
          operator: 'contains',
          value: 'slo',
        },
        {},
        entity,
      ).status,
    ).toBe('failed');
    expect(
      evaluateRule(
        {
          fact: 'entity.metadata.links.0.url',
          operator: 'matches',
          value: 'runbook',
        },
        {},
        entity,
      ).status,
    ).toBe('passed');
    expect(
      evaluateRule(
        { fact: 'entity.metadata.tags', operator: 'contains', value: 'tier-1' },
        {},
        entity,
      ).status,
    ).toBe('passed');
    expect(
      evaluateRule(
        {
          fact: 'entity.spec.lifecycle',
          operator: 'equals',
          value: 'production',
        },
        {},
        entity,
      ).status,
    ).toBe('passed');
  });
});

describe('relations facts', () => {
  const owned = component('svc', {
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/team-a' },
      { type: 'partOf', targetRef: 'system:default/payments' },
    ],
  });

  it('passes exists only when a target exists in the catalog', () => {
    const relations = {
      ownedBy: [
        { targetRef: 'user:default/jane', exists: true },
        { targetRef: 'group:default/team-a', exists: true },
      ],
    };
    expect(
      evaluateRule(
        { fact: 'relations.ownedBy', operator: 'exists' },
        { relations },
      ),
    ).toMatchObject({
      status: 'passed',
      message: 'ownedBy relation to user:default/jane, which exists',
      value: ['user:default/jane', 'group:default/team-a'],
      source: 'relations',
    });
    expect(
      evaluateRule(
        { fact: 'relations.ownedBy.group', operator: 'exists' },
        { relations },
      ),
    ).toMatchObject({
      status: 'passed',
      message:
        'ownedBy relation to a group to group:default/team-a, which exists',
      value: ['group:default/team-a'],
    });
  });

  it('fails when the targets do not exist or there are none; unknown when existence is unknown', () => {
    expect(
      evaluateRule(
        { fact: 'relations.ownedBy.group', operator: 'exists' },
        {
          relations: {
            ownedBy: [{ targetRef: 'group:default/gone', exists: false }],
          },
        },
      ),
    ).toMatchObject({
      status: 'failed',
      message:
        'ownedBy relation to a group to group:default/gone, which does not exist in the catalog',
    });
    expect(
      evaluateRule(
        { fact: 'relations.ownedBy.group', operator: 'exists' },
        {
          relations: {
            ownedBy: [{ targetRef: 'user:default/jane', exists: true }],
          },
        },
      ),
    ).toMatchObject({
      status: 'failed',
      message: 'no ownedBy relation to a group',
    });
    expect(
      evaluateRule(
        { fact: 'relations.ownedBy', operator: 'exists' },
        {
          relations: {
            ownedBy: [
              { targetRef: 'group:default/gone', exists: false },
              { targetRef: 'group:default/maybe' },
            ],
          },
        },
      ),
    ).toMatchObject({ status: 'unknown' });
  });

  it('derives targets from entity.relations, with unknown existence, when relations are not given', () => {
    expect(
      evaluateRule(
        { fact: 'relations.ownedBy', operator: 'exists' },
        {},
        owned,
      ),
    ).toMatchObject({
      status: 'unknown',
      message:
        'ownedBy relation to group:default/team-a; whether it exists in the catalog is unknown',
    });
    expect(
      evaluateRule(
        { fact: 'relations.dependsOn', operator: 'exists' },
        {},
        owned,
      ).status,
    ).toBe('failed');
    expect(
      evaluateRule(
        {
          fact: 'relations.partOf',
          operator: 'contains',
          value: 'System:default/Payments',
        },
        {},
        owned,
      ),
    ).toMatchObject({
      status: 'passed',
    });
    expect(
      evaluateRule(
        { fact: 'relations.dependsOn', operator: 'exists', value: false },
        {},
        owned,
      ).status,
    ).toBe('passed');
  });
});

describe('techInsights facts', () => {
  it('reads facts by retriever id and fact name, and object facts by sub path', () => {
    const techInsights = {
      sloFactRetriever: {
        facts: { sloMet: true, burn: { fast: 2 } },
        timestamp: daysAgo(1),
      },
    };
    expect(
      evaluateRule(
        {
          fact: 'techInsights.sloFactRetriever.sloMet',
          operator: 'equals',
          value: true,
        },
        { techInsights },
      ),
    ).toMatchObject({
      status: 'passed',
      source: 'techInsights',
    });
    expect(
      evaluateRule(
        {
          fact: 'techInsights.sloFactRetriever.burn.fast',
          operator: 'lt',
          value: 3,
        },
        { techInsights },
      ).status,
    ).toBe('passed');
  });

  it('is unknown when the retriever or the fact is missing', () => {
    expect(
      evaluateRule({
        fact: 'techInsights.doraFactRetriever.mttrMinutes',
        operator: 'lte',
        value: 60,
      }),
    ).toMatchObject({
      status: 'unknown',
      message: 'no facts from doraFactRetriever',
    });
    expect(
      evaluateRule(
        {
          fact: 'techInsights.doraFactRetriever.mttrMinutes',
          operator: 'lte',
          value: 60,
        },
        {
          techInsights: { doraFactRetriever: { facts: { mttrMinutes: null } } },
        },
      ),
    ).toMatchObject({
      status: 'unknown',
      message: 'doraFactRetriever has not reported mttrMinutes',
    });
  });
});

describe('attestation facts', () => {
  const model = () =>
    compileModel(
      modelOf({
        d: [
          {
            id: 'dr-plan',
            title: 'DR plan',
            level: 2,
            attestation: { evidence: 'DR plan', validForDays: 30 },
            remediation: { markdown: 'attest' },
          } as MaturityCheck,
          ruleCheck('uses-dr', 3, {
            fact: 'attestation.dr-plan',
            operator: 'exists',
          }),
          ruleCheck('fresh-dr', 3, {
            fact: 'attestation.dr-plan.attestedAt',
            operator: 'withinDays',
            value: 7,
          }),
        ],
      }),
    );
  const attest = (attestedDaysAgo: number, expiresInDays: number) => ({
    attestations: {
      'dr-plan': {
        attestedAt: daysAgo(attestedDaysAgo),
        expiresAt: daysAgo(-expiresInDays),
        evidenceUrl: 'https://wiki/dr',
        author: 'user:default/jane',
      },
    },
  });

  it('passes a rule on a valid attestation', () => {
    const { checks } = evaluateEntity(
      model(),
      { entity: component('svc'), ...attest(10, 20) },
      { now: NOW },
    );
    expect(checks[1]).toMatchObject({
      status: 'passed',
      value: true,
      source: 'attestation',
    });
    expect(checks[2]).toMatchObject({
      status: 'failed',
      message: expect.stringContaining(
        '10 days ago), required within the last 7 days',
      ),
    });
  });

  it('fails on an expired attestation (expiresAt or validForDays) and is unknown without one', () => {
    const expired = evaluateEntity(
      model(),
      { entity: component('svc'), ...attest(10, -1) },
      { now: NOW },
    ).checks[1];
    expect(expired).toMatchObject({
      status: 'failed',
      message:
        'attestation of dr-plan by user:default/jane on 2026-05-22 expired on 2026-05-31',
    });
    const tooOld = evaluateEntity(
      model(),
      { entity: component('svc'), ...attest(40, 100) },
      { now: NOW },
    ).checks[1];
    expect(tooOld).toMatchObject({
      status: 'failed',
      message:
        'attestation of dr-plan by user:default/jane on 2026-04-22 expired on 2026-05-22',
    });
    const none = evaluateEntity(
      model(),
      { entity: component('svc') },
      { now: NOW },
    ).checks[1];
    expect(none).toMatchObject({
      status: 'unknown',
      message: 'dr-plan has not been attested',
    });
  });
});

describe('maturity facts', () => {
  const compiled = compileModel(
    modelOf({
      // declared first, evaluated after `sre`
      gate: [
        ruleCheck('needs-sre-2', 1, {
          fact: 'maturity.sre.level',
          operator: 'gte',
          value: 2,
        }),
      ],
      sre: [
        ruleCheck(
          'oncall',
          1,
          {
            fact: 'entity.metadata.annotations.pagerduty.com/service-id',
            operator: 'exists',
          },
          {
            appliesTo: { kind: 'component' },
          },
        ),
        ruleCheck(
          'slo',
          2,
          {
            fact: 'techInsights.slo.sloDefined',
            operator: 'equals',
            value: true,
          },
          {
            appliesTo: { kind: 'component' },
          },
        ),
      ],
    }),
  );

  it('evaluates domains in dependency order and reads their level', () => {
    expect(compiled.evaluationOrder).toEqual(['sre', 'gate']);
    const good = evaluateEntity(
      compiled,
      {
        entity: component('svc', {
          annotations: { 'pagerduty.com/service-id': 'P1' },
        }),
        techInsights: { slo: { facts: { sloDefined: true } } },
      },
      { now: NOW },
    );
    expect(good.checks[0]).toMatchObject({
      checkId: 'needs-sre-2',
      status: 'passed',
      message: 'sre level is 2 (≥ 2)',
      value: 2,
      source: 'maturity',
    });
    const weak = evaluateEntity(
      compiled,
      { entity: component('svc') },
      { now: NOW },
    );
    expect(weak.checks[0]).toMatchObject({
      status: 'failed',
      message: 'sre level is 0, required ≥ 2',
      value: 0,
    });
  });

  it('is unknown when the domain does not apply to the entity', () => {
    const system = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 's' },
      spec: {},
    };
    const result = evaluateEntity(compiled, { entity: system }, { now: NOW });
    expect(result.checks[0]).toMatchObject({
      status: 'unknown',
      message: 'domain sre does not apply to this entity',
    });
  });
});

describe('unavailable sources', () => {
  const unavailable = (source: 'techInsights' | 'catalog' | 'attestation') => ({
    unavailableSources: [{ source, message: 'timed out after 5 s' }],
    techInsights: { r: { facts: { f: 1 } } },
  });

  it('makes conditions of that source unknown with the message', () => {
    expect(
      evaluateRule(
        { fact: 'techInsights.r.f', operator: 'exists' },
        unavailable('techInsights'),
      ),
    ).toMatchObject({
      status: 'unknown',
      message: 'TechInsights unavailable: timed out after 5 s',
    });
    expect(
      evaluateRule(
        { fact: 'entity.kind', operator: 'exists' },
        unavailable('catalog'),
      ),
    ).toMatchObject({
      status: 'unknown',
      message: 'catalog unavailable: timed out after 5 s',
    });
    expect(
      evaluateRule(
        { fact: 'relations.ownedBy', operator: 'exists' },
        unavailable('catalog'),
      ).status,
    ).toBe('unknown');
  });

  it('leaves other sources alone', () => {
    expect(
      evaluateRule(
        { fact: 'techInsights.r.f', operator: 'exists' },
        unavailable('catalog'),
      ).status,
    ).toBe('passed');
    expect(
      evaluateRule(
        { fact: 'entity.kind', operator: 'exists' },
        unavailable('techInsights'),
      ).status,
    ).toBe('passed');
  });

  it('makes attestation facts unknown when attestations are unavailable', () => {
    const compiled = compileModel(
      modelOf({
        d: [
          {
            id: 'att',
            title: 'a',
            level: 1,
            attestation: { evidence: 'e', validForDays: 1 },
            remediation: { markdown: 'm' },
          } as MaturityCheck,
          ruleCheck('uses', 1, { fact: 'attestation.att', operator: 'exists' }),
        ],
      }),
    );
    const { checks } = evaluateEntity(
      compiled,
      { entity: component('svc'), ...unavailable('attestation') },
      { now: NOW },
    );
    expect(checks.map(c => [c.status, c.message])).toEqual([
      ['unknown', 'attestations unavailable: timed out after 5 s'],
      ['unknown', 'attestations unavailable: timed out after 5 s'],
    ]);
  });
});

describe('relations given for some types only', () => {
  it('falls back to entity.relations for the other types', () => {
    const entity = component('svc', {
      relations: [
        { type: 'ownedBy', targetRef: 'group:default/team-a' },
        { type: 'partOf', targetRef: 'system:default/payments' },
      ],
    });
    const relations = {
      ownedBy: [{ targetRef: 'group:default/team-a', exists: true }],
    };
    expect(
      evaluateRule(
        { fact: 'relations.ownedBy', operator: 'exists' },
        { relations },
        entity,
      ).status,
    ).toBe('passed');
    expect(
      evaluateRule(
        { fact: 'relations.partOf', operator: 'exists' },
        { relations },
        entity,
      ).status,
    ).toBe('unknown');
  });
});
