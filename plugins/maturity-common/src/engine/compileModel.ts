import type { Entity } from '@backstage/catalog-model';
import type {
  EntityPredicate,
  MaturityCheck,
  MaturityModel,
  RuleCondition,
} from '../model/types';
import type { CheckSource } from '../results/types';
import { parseFactReference, FactReference } from '../model/factReference';
import { parseModelObject } from '../model/parseModel';
import { ModelValidationError } from '../model/problems';
import { orderDomains } from '../model/domainOrder';
import { forEachCondition } from '../model/forEachCondition';
import { defaultFactLabel } from './facts';
import { SharedFactResolvers } from './sharedFacts';
import { compileCondition } from './operators';
import { compileRule } from './rules';
import {
  compileEntityPredicate,
  describePredicate,
  EntityMatcher,
} from './predicates';
import type { EvaluationContext } from './context';
import { CheckEvaluator, compileCheckEvaluator } from './evaluateCheck';

/**
 * A check of a compiled model.
 *
 * @public
 */
export interface CompiledCheck {
  /** The check definition. */
  readonly check: MaturityCheck;
  /** The domain of the check. */
  readonly domainId: string;
  /** The capability of the check. */
  readonly capabilityId: string;
  /** Position of the check in model order. */
  readonly index: number;
  /** Where its evidence comes from. */
  readonly source: CheckSource;
  /** Whether the check concerns an entity (its `appliesTo`). */
  appliesTo(entity: Entity): boolean;
}

/**
 * A model prepared for fast evaluation: paths, regular expressions and
 * predicates are compiled once. Create with {@link compileModel}.
 *
 * @public
 */
export interface CompiledModel {
  /** The model definition. */
  readonly model: MaturityModel;
  /** Every check, in model order (domain, capability, check). */
  readonly checks: ReadonlyArray<CompiledCheck>;
  /** Domain ids in evaluation order (dependencies of `maturity.*` facts first). */
  readonly evaluationOrder: ReadonlyArray<string>;
  /** Looks up a check by id. */
  getCheck(checkId: string): CompiledCheck | undefined;
}

/** The evaluation plan of a compiled model, kept out of the public surface. */
export interface CompiledPlan {
  evaluators: CheckEvaluator[];
  /** How many distinct `appliesTo` predicates the model has. */
  predicateCount: number;
  /** How many fact slots the evaluation context keeps (see `SharedFactResolvers`). */
  factSlotCount: number;
  /** Level of each check, in model order. */
  levels: number[];
  /** Domains in evaluation order with the indices of their checks. */
  domains: Array<{ id: string; checkIndices: number[]; readByOthers: boolean }>;
}

const plans = new WeakMap<CompiledModel, CompiledPlan>();

/** The evaluation plan of a compiled model. */
export function planOf(compiled: CompiledModel): CompiledPlan {
  const plan = plans.get(compiled);
  if (!plan) throw new TypeError('not a model compiled with compileModel()');
  return plan;
}

/** Groups of `spec.type: team` (predicate values match case-insensitively). */
const TEAM_GROUP: EntityPredicate = { kind: 'group', 'spec.type': 'team' };

/**
 * The entities a check applies to: its `appliesTo`, and for a team-scoped
 * attestation also teams, where it is attested for their own scorecard.
 */
function effectiveAppliesTo(check: MaturityCheck): EntityPredicate | undefined {
  if (check.attestation?.scope === 'team' && check.appliesTo)
    return { $any: [check.appliesTo, TEAM_GROUP] };
  return check.appliesTo;
}

const SOURCE_NAMES: Record<FactReference['source'], CheckSource> = {
  entity: 'catalog',
  relations: 'relations',
  techInsights: 'techInsights',
  pushed: 'pushed',
  attestation: 'attestation',
  maturity: 'maturity',
};

/**
 * Validates a model and compiles it for evaluation. A model whose texts are
 * localized (maps of language to text) is compiled in its default language.
 *
 * @throws {@link ModelValidationError} when the model is invalid.
 * @public
 */
export function compileModel(input: MaturityModel): CompiledModel {
  const parsed = parseModelObject(input);
  if (!parsed.model) throw new ModelValidationError(parsed.problems);
  const model = parsed.localized.translations.size > 0 ? parsed.model : input;

  const attestationDays = new Map<string, number>();
  const teamScoped = new Set<string>();
  for (const domain of model.domains) {
    for (const capability of domain.capabilities) {
      for (const check of capability.checks) {
        if (check.attestation)
          attestationDays.set(check.id, check.attestation.validForDays);
        if (check.attestation?.scope === 'team') teamScoped.add(check.id);
      }
    }
  }
  const resolvers = new SharedFactResolvers({ attestationDays, teamScoped });
  const compileLeaf = (condition: RuleCondition) => {
    const ref = parseFactReference(condition.fact) as FactReference;
    const label = condition.label ?? defaultFactLabel(ref);
    return compileCondition(
      condition,
      ref,
      label,
      resolvers.resolverOf(condition.fact, ref),
    );
  };

  // Checks share few distinct predicates; each is evaluated once per entity.
  const predicates = new Map<
    string,
    { index: number; matcher: EntityMatcher }
  >();
  const checks: CompiledCheck[] = [];
  const evaluators: CheckEvaluator[] = [];
  const domainChecks = new Map<string, number[]>();
  const dependencies = new Map<string, Set<string>>();

  for (const domain of model.domains) {
    const indices: number[] = [];
    domainChecks.set(domain.id, indices);
    for (const capability of domain.capabilities) {
      for (const check of capability.checks) {
        const sources = new Set<CheckSource>();
        if (check.rule) {
          forEachCondition(check.rule, condition => {
            const ref = parseFactReference(condition.fact) as FactReference;
            sources.add(SOURCE_NAMES[ref.source]);
            if (ref.source === 'maturity') {
              const set = dependencies.get(domain.id) ?? new Set<string>();
              set.add(ref.domainId);
              dependencies.set(domain.id, set);
            }
          });
        } else {
          sources.add('attestation');
        }
        let source: CheckSource = sources.size > 1 ? 'mixed' : 'none';
        if (sources.size === 1) source = [...sources][0];
        let applies: EntityMatcher = () => true;
        let appliesInContext: (context: EvaluationContext) => boolean = () =>
          true;
        const appliesTo = effectiveAppliesTo(check);
        if (appliesTo) {
          const key = JSON.stringify(appliesTo);
          let predicate = predicates.get(key);
          if (!predicate) {
            predicate = {
              index: predicates.size,
              matcher: compileEntityPredicate(appliesTo),
            };
            predicates.set(key, predicate);
          }
          const { index: slot, matcher } = predicate;
          applies = matcher;
          appliesInContext = context => {
            const cached = context.applicability[slot];
            if (cached !== 0) return cached === 1;
            const matches = matcher(context.entity);
            context.applicability[slot] = matches ? 1 : 2;
            return matches;
          };
        }
        const index = checks.length;
        indices.push(index);
        checks.push({
          check,
          domainId: domain.id,
          capabilityId: capability.id,
          index,
          source,
          appliesTo: applies,
        });
        evaluators.push(
          compileCheckEvaluator({
            check,
            domainId: domain.id,
            capabilityId: capability.id,
            source,
            applies: appliesInContext,
            notApplicableMessage: check.appliesTo
              ? `applies only to entities with ${describePredicate(
                  check.appliesTo,
                )}${
                  check.attestation?.scope === 'team'
                    ? ' and to groups of spec.type team'
                    : ''
                }`
              : 'not applicable',
            rule: check.rule ? compileRule(check.rule, compileLeaf) : undefined,
          }),
        );
      }
    }
  }

  const { order, cycles } = orderDomains(
    model.domains.map(d => d.id),
    dependencies,
  );
  if (cycles.length > 0) {
    // parseModelObject reports cycles; this guards models mutated after parsing.
    throw new ModelValidationError(
      cycles.map(cycle => ({
        path: 'domains',
        message: `domain dependency cycle: ${cycle.join(' → ')}`,
      })),
    );
  }
  const readByOthers = new Set(
    [...dependencies.values()].flatMap(set => [...set]),
  );
  const byId = new Map(checks.map(c => [c.check.id, c]));
  const compiled: CompiledModel = {
    model,
    checks,
    evaluationOrder: order,
    getCheck: checkId => byId.get(checkId),
  };
  plans.set(compiled, {
    evaluators,
    predicateCount: predicates.size,
    factSlotCount: resolvers.slotCount,
    levels: checks.map(c => c.check.level),
    domains: order.map(id => ({
      id,
      checkIndices: domainChecks.get(id)!,
      readByOthers: readByOthers.has(id),
    })),
  });
  return compiled;
}
