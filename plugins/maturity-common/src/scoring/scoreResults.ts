import type { CompiledModel } from '../engine/compileModel';
import type {
  CapabilityResult,
  CheckResult,
  CheckStatus,
  CheckStatusCounts,
  DomainResult,
  EntityScore,
} from '../results/types';
import {
  addCounts,
  addTally,
  applicableCount,
  emptyCounts,
  levelOf,
  nextLevelOf,
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

/** Passed and waived over applicable checks; 0 when none applies. */
function scoreOf(checks: CheckStatusCounts, applicable: number): number {
  return applicable === 0 ? 0 : (checks.passed + checks.waived) / applicable;
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
  const totals: CheckStatusCounts = emptyCounts();
  let level: number | null = null;
  for (let d = 0; d < plan.length; d++) {
    const domain = plan[d];
    const count = domain.capabilities.length;
    const capabilities: CapabilityResult[] = new Array(count);
    const domainTally: Tally = {
      checks: emptyCounts(),
      maxLevel: 0,
      lowestBlocking: 6,
    };
    for (let c = 0; c < count; c++) {
      const { capabilityId, indices } = domain.capabilities[c];
      const tally = tallyChecks(indices, levels, statuses);
      addTally(domainTally, tally);
      const { checks } = tally;
      const applicable = applicableCount(checks);
      const capabilityLevel = levelOf(tally);
      const score = scoreOf(checks, applicable);
      capabilities[c] =
        capabilityLevel !== null && capabilityLevel < tally.maxLevel
          ? {
              capabilityId,
              applicable: true,
              level: capabilityLevel,
              score,
              checks,
              nextLevel: nextLevelOf(
                capabilityLevel,
                indices,
                levels,
                statuses,
                ids,
              ),
            }
          : {
              capabilityId,
              applicable: applicable > 0,
              level: capabilityLevel,
              score,
              checks,
            };
    }
    const { checks } = domainTally;
    addCounts(totals, checks);
    const applicable = applicableCount(checks);
    const domainLevel = levelOf(domainTally);
    const score = scoreOf(checks, applicable);
    domains[d] =
      domainLevel !== null && domainLevel < domainTally.maxLevel
        ? {
            domainId: domain.domainId,
            applicable: true,
            level: domainLevel,
            score,
            checks,
            nextLevel: nextLevelOf(
              domainLevel,
              domain.indices,
              levels,
              statuses,
              ids,
            ),
            capabilities,
          }
        : {
            domainId: domain.domainId,
            applicable: applicable > 0,
            level: domainLevel,
            score,
            checks,
            capabilities,
          };
    if (domainLevel !== null)
      level = level === null ? domainLevel : Math.min(level, domainLevel);
  }
  return {
    level,
    score: scoreOf(totals, applicableCount(totals)),
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
