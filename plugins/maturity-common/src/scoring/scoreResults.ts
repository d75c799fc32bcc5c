import type { CompiledModel } from '../engine/compileModel';
import type {
  CapabilityResult,
  CheckResult,
  CheckStatus,
  DomainResult,
  EntityScore,
} from '../results/types';
import {
  applicableCount,
  levelOf,
  nextLevelOf,
  sumTallies,
  tallyChecks,
  type Tally,
} from './tally';

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

/** The score of checks at `indices` from their tally, with the next level's checks when below the top. */
function summaryOf(
  tally: Tally,
  indices: ReadonlyArray<number>,
  levels: ReadonlyArray<number>,
  statuses: ReadonlyArray<CheckStatus>,
  ids: ReadonlyArray<string>,
) {
  const { checks, maxLevel } = tally;
  const applicable = applicableCount(checks);
  const level = levelOf(tally);
  const score =
    applicable === 0 ? 0 : (checks.passed + checks.waived) / applicable;
  const nextLevel =
    level !== null && level < maxLevel
      ? nextLevelOf(level, indices, levels, statuses, ids)
      : undefined;
  return { applicable: applicable > 0, level, score, checks, nextLevel };
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
  const domains: DomainResult[] = new Array(plan.length);
  const domainTallies: Tally[] = new Array(plan.length);
  let level: number | null = null;
  for (let d = 0; d < plan.length; d++) {
    const domain = plan[d];
    const count = domain.capabilities.length;
    const capabilities: CapabilityResult[] = new Array(count);
    const tallies: Tally[] = new Array(count);
    for (let c = 0; c < count; c++) {
      const { capabilityId, indices } = domain.capabilities[c];
      const tally = tallyChecks(indices, levels, statuses);
      tallies[c] = tally;
      const summary = summaryOf(tally, indices, levels, statuses, ids);
      capabilities[c] = summary.nextLevel
        ? {
            capabilityId,
            applicable: summary.applicable,
            level: summary.level,
            score: summary.score,
            checks: summary.checks,
            nextLevel: summary.nextLevel,
          }
        : {
            capabilityId,
            applicable: summary.applicable,
            level: summary.level,
            score: summary.score,
            checks: summary.checks,
          };
    }
    const tally = sumTallies(tallies);
    domainTallies[d] = tally;
    const summary = summaryOf(tally, domain.indices, levels, statuses, ids);
    domains[d] = summary.nextLevel
      ? {
          domainId: domain.domainId,
          applicable: summary.applicable,
          level: summary.level,
          score: summary.score,
          checks: summary.checks,
          nextLevel: summary.nextLevel,
          capabilities,
        }
      : {
          domainId: domain.domainId,
          applicable: summary.applicable,
          level: summary.level,
          score: summary.score,
          checks: summary.checks,
          capabilities,
        };
    if (summary.level !== null)
      level = level === null ? summary.level : Math.min(level, summary.level);
  }
  const { checks } = sumTallies(domainTallies);
  const applicable = applicableCount(checks);
  return {
    level,
    score: applicable === 0 ? 0 : (checks.passed + checks.waived) / applicable,
    checks,
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
