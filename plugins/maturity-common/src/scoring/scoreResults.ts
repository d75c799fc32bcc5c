import type { CompiledModel } from '../engine/compileModel';
import type {
  CapabilityResult,
  CheckResult,
  CheckStatus,
  DomainResult,
  EntityScore,
} from '../results/types';
import { summarize } from './summarize';

/** Check positions of a model grouped by domain and capability, for scoring. */
export interface ScoringPlan {
  levels: number[];
  ids: string[];
  domains: Array<{
    domainId: string;
    indices: number[];
    capabilities: Array<{ capabilityId: string; indices: number[] }>;
  }>;
}

const plans = new WeakMap<CompiledModel, ScoringPlan>();

function scoringPlanOf(compiled: CompiledModel): ScoringPlan {
  let plan = plans.get(compiled);
  if (!plan) {
    let index = 0;
    plan = {
      levels: compiled.checks.map(c => c.check.level),
      ids: compiled.checks.map(c => c.check.id),
      domains: compiled.model.domains.map(domain => {
        const indices: number[] = [];
        const capabilities = domain.capabilities.map(capability => {
          const capabilityIndices = capability.checks.map(() => index++);
          indices.push(...capabilityIndices);
          return { capabilityId: capability.id, indices: capabilityIndices };
        });
        return { domainId: domain.id, indices, capabilities };
      }),
    };
    plans.set(compiled, plan);
  }
  return plan;
}

/**
 * Scores check statuses given in the compiled model's check order.
 *
 * @internal
 */
export function scoreStatuses(
  compiled: CompiledModel,
  statuses: ReadonlyArray<CheckStatus>,
): EntityScore {
  const { levels, ids, domains: plan } = scoringPlanOf(compiled);
  const totals = {
    passed: 0,
    failed: 0,
    unknown: 0,
    waived: 0,
    error: 0,
    notApplicable: 0,
  };
  const domains: DomainResult[] = [];
  let level: number | null = null;
  for (const domain of plan) {
    const capabilities: CapabilityResult[] = [];
    for (const capability of domain.capabilities) {
      capabilities.push(
        summarize(
          { capabilityId: capability.capabilityId },
          capability.indices,
          levels,
          statuses,
          ids,
        ),
      );
    }
    const summary = summarize(
      { domainId: domain.domainId } as DomainResult,
      domain.indices,
      levels,
      statuses,
      ids,
    );
    const counts = summary.checks;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.unknown += counts.unknown;
    totals.waived += counts.waived;
    totals.error += counts.error;
    totals.notApplicable += counts.notApplicable;
    if (summary.level !== null)
      level = level === null ? summary.level : Math.min(level, summary.level);
    summary.capabilities = capabilities;
    domains.push(summary);
  }
  const applicable =
    totals.passed +
    totals.failed +
    totals.unknown +
    totals.waived +
    totals.error;
  return {
    level,
    score: applicable === 0 ? 0 : (totals.passed + totals.waived) / applicable,
    checks: totals,
    domains,
  };
}

/**
 * Scores check results of one entity: per capability and domain the
 * cumulative level, score and next-level checks; overall the weakest-link
 * level (minimum over applicable domains) and score. Checks of the model
 * missing from `checks` count as `unknown`.
 *
 * @public
 */
export function scoreResults(
  compiled: CompiledModel,
  checks: ReadonlyArray<CheckResult>,
): EntityScore {
  const byId = new Map<string, CheckStatus>();
  for (const result of checks) byId.set(result.checkId, result.status);
  return scoreStatuses(
    compiled,
    compiled.checks.map(c => byId.get(c.check.id) ?? 'unknown'),
  );
}
