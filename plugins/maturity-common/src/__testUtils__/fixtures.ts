import type { Entity } from '@backstage/catalog-model';
import type { MaturityCheck, MaturityModel, RuleNode } from '../model/types';
import type { EntityEvidence } from '../evidence/types';

/** Five level definitions. */
export const LEVELS = [1, 2, 3, 4, 5].map(level => ({
  level,
  title: `Level ${level}`,
}));

/** A check with a rule, remediation filled in. */
export function ruleCheck(
  id: string,
  level: number,
  rule: RuleNode,
  extra: Partial<MaturityCheck> = {},
): MaturityCheck {
  return {
    id,
    title: `Check ${id}`,
    level,
    rule,
    remediation: { markdown: `Fix ${id}` },
    ...extra,
  };
}

/** A model with one domain per entry, one capability each. */
export function modelOf(
  domains: Record<string, MaturityCheck[]>,
): MaturityModel {
  return {
    id: 'test-model',
    title: 'Test model',
    version: '1',
    levels: LEVELS,
    domains: Object.entries(domains).map(([id, checks]) => ({
      id,
      title: id,
      capabilities: [{ id: `${id}-cap`, title: `${id} capability`, checks }],
    })),
  };
}

/** A component entity. */
export function component(
  name: string,
  overrides: {
    annotations?: Record<string, string>;
    spec?: Record<string, unknown>;
    metadata?: Record<string, unknown>;
    relations?: Entity['relations'];
  } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: overrides.annotations ?? {},
      ...overrides.metadata,
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team-a',
      ...overrides.spec,
    },
    relations: overrides.relations,
  };
}

/** Evidence for an entity with optional extra evidence. */
export function evidenceFor(
  entity: Entity,
  extra: Omit<EntityEvidence, 'entity'> = {},
): EntityEvidence {
  return { entity, ...extra };
}

/** A fixed evaluation moment. */
export const NOW = new Date('2026-06-01T00:00:00Z');

/** An ISO date `days` before {@link NOW}. */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

/**
 * Evaluates one rule as the only check of a model against an entity and
 * evidence (at `now`, with the deployment's `baselineDate`); returns its result.
 */
export function evaluateRule(
  rule: RuleNode,
  extra: Omit<EntityEvidence, 'entity'> = {},
  entity: Entity = component('svc'),
  now: Date = NOW,
  baselineDate?: string,
) {
  // Imported lazily so fixtures stay free of engine imports at module load.
  const { compileModel } = require('../engine/compileModel');
  const { evaluateEntity } = require('../engine/evaluateEntity');
  const compiled = compileModel(modelOf({ d: [ruleCheck('c', 1, rule)] }));
  return evaluateEntity(compiled, { entity, ...extra }, { now, baselineDate })
    .checks[0];
}
