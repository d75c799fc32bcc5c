import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  compileModel,
  evaluateChecks,
  evaluateEntity,
  type CheckStatus,
  type CompiledModel,
  type EntityEvidence,
  type MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import type { JsonRulesEngineFactChecker } from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import type { TechInsightFact } from '@backstage-community/plugin-tech-insights-node';
import { DateTime } from 'luxon';
import { readEntityPath } from './entityPaths';
import { factRowsOf, factSchemasOf, type FactRow } from './factRows';
import { InMemoryTechInsightsStore } from './InMemoryTechInsightsStore';
import { createJsonfcChecker, createQuietLogger } from './jsonfcChecker';
import { translateModel, type ModelTranslation } from './translateModel';

/** Both engines, loaded with the same checks and the same facts. */
export interface Comparison {
  translation: ModelTranslation;
  /** Our engine's model: the translated checks only. */
  compiled: CompiledModel;
  /** What our engine reads per entity. */
  evidence: EntityEvidence[];
  /** The entity refs jsonfc runs checks for, in the same order. */
  refs: string[];
  checker: JsonRulesEngineFactChecker;
  /** Warnings and errors jsonfc logged. */
  problems: string[];
  now: Date;
}

function vocabularyOf(entities: Entity[]) {
  const cache = new Map<string, string[]>();
  return (path: string) => {
    let values = cache.get(path);
    if (!values) {
      const set = new Set<string>();
      for (const entity of entities) {
        const value = readEntityPath(entity, path);
        if (typeof value === 'string') set.add(value);
      }
      values = [...set].sort();
      cache.set(path, values);
    }
    return values;
  };
}

/**
 * Translates the model, compiles our engine over the translated checks and
 * loads an in-memory TechInsights store (schemas and fact rows) for jsonfc
 * from the same evidence. Waivers, attestations, relations and fact history
 * are left out of the evidence: the compared checks read none of them.
 */
export async function setUpComparison(
  model: MaturityModel,
  generated: EntityEvidence[],
  now: Date,
): Promise<Comparison> {
  const evidence = generated.map(e => ({
    entity: e.entity,
    techInsights: e.techInsights,
    unavailableSources: e.unavailableSources,
  }));
  const entities = evidence.map(e => e.entity);
  // Checks of kinds not generated (teams) would only be "not applicable".
  const applicable = new Set(
    compileModel(model)
      .checks.filter(c => entities.some(e => c.appliesTo(e)))
      .map(c => c.check.id),
  );
  const translation = translateModel(model, vocabularyOf(entities), id =>
    applicable.has(id),
  );
  const compiled = compileModel(translation.model);

  const store = new InMemoryTechInsightsStore();
  const rows = new Map<string, Array<{ entity: Entity; row: FactRow }>>();
  for (const item of evidence) {
    for (const row of factRowsOf(item, translation.needs, now)) {
      const list = rows.get(row.retrieverId) ?? [];
      rows.set(row.retrieverId, list);
      list.push({ entity: item.entity, row });
    }
  }
  const schemas = factSchemasOf(
    [...rows.values()].flatMap(list => list.map(item => item.row)),
  );
  for (const [id, schema] of schemas)
    await store.insertFactSchema({ id, version: '1.0.0', schema });
  const timestamp = DateTime.fromJSDate(now);
  for (const [id, list] of rows) {
    await store.insertFacts({
      id,
      facts: list.map(({ entity, row }) => ({
        entity: {
          kind: entity.kind,
          namespace: entity.metadata.namespace ?? 'default',
          name: entity.metadata.name,
        },
        facts: row.facts as TechInsightFact['facts'],
        timestamp,
      })),
    });
  }

  const logger = createQuietLogger();
  const checker = createJsonfcChecker({
    checks: translation.checks,
    store,
    entities,
    logger,
  });
  for (const check of translation.checks) {
    const validation = await checker.validate(check);
    if (!validation.valid) {
      throw new InputError(
        `jsonfc rejects the translation of ${check.id}: ${validation.message}`,
      );
    }
  }
  return {
    translation,
    compiled,
    evidence,
    refs: entities.map(e => stringifyEntityRef(e)),
    checker,
    problems: logger.problems,
    now,
  };
}

/*
 * The timed passes: each engine produces its per-check results entity by
 * entity, and the pass counts the passed ones and drops them, so that
 * neither engine's time includes keeping every result alive.
 */

/** Our check results without scoring (`evaluateChecks`), the work jsonfc's `runChecks` does: how many passed. */
export function countPassedByOurChecks(comparison: Comparison): number {
  const { compiled, evidence, now } = comparison;
  let passed = 0;
  for (let i = 0; i < evidence.length; i++) {
    const checks = evaluateChecks(compiled, evidence[i], { now });
    for (let c = 0; c < checks.length; c++)
      if (checks[c].status === 'passed') passed += 1;
  }
  return passed;
}

/** Our check results and scores (`evaluateEntity`): how many checks passed. */
export function countPassedByOurEvaluation(comparison: Comparison): number {
  const { compiled, evidence, now } = comparison;
  let passed = 0;
  for (let i = 0; i < evidence.length; i++) {
    const { checks } = evaluateEntity(compiled, evidence[i], { now });
    for (let c = 0; c < checks.length; c++)
      if (checks[c].status === 'passed') passed += 1;
  }
  return passed;
}

/** jsonfc's `runChecks`, awaited entity after entity: how many checks passed. */
export async function countPassedByJsonfc(
  comparison: Comparison,
): Promise<number> {
  let passed = 0;
  for (const ref of comparison.refs) {
    const responses = await comparison.checker.runChecks(ref);
    for (let c = 0; c < responses.length; c++)
      if (responses[c].result === true) passed += 1;
  }
  return passed;
}

/** Our statuses: one list per entity, in the compiled model's check order. */
export function runOurs(comparison: Comparison): CheckStatus[][] {
  const { compiled, evidence, now } = comparison;
  return evidence.map(item =>
    evaluateEntity(compiled, item, { now }).checks.map(c => c.status),
  );
}

/** jsonfc's results: check id → result, per entity (checks it skipped are absent). */
export async function runJsonfc(
  comparison: Comparison,
): Promise<Array<Map<string, boolean>>> {
  const results: Array<Map<string, boolean>> = [];
  for (const ref of comparison.refs) {
    const responses = await comparison.checker.runChecks(ref);
    results.push(new Map(responses.map(r => [r.check.id, r.result])));
  }
  return results;
}
