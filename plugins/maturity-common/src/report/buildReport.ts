import type { ScorecardCheckResult, ScorecardDomainResult } from '../api/types';
import type { CheckStatusCounts } from '../results/types';
import type { BuildReportInput, ReportEntityInput } from './input';
import { evidenceOf, factsOf } from './reportEvidence';
import {
  domainHistory,
  historyMoments,
  REPORT_HISTORY_MONTHS,
} from './reportHistory';
import { reportMessages } from './reportMessages';
import type {
  MaturityReport,
  ReportCapability,
  ReportCheck,
  ReportDomain,
  ReportEntity,
  ReportGap,
} from './types';

const CLEARED = new Set(['passed', 'waived', 'not-applicable']);

function applicableCount(counts: CheckStatusCounts): number {
  return (
    counts.passed +
    counts.failed +
    counts.unknown +
    counts.waived +
    counts.error
  );
}

function minLevel(levels: Array<number | null>): number | null {
  let min: number | null = null;
  for (const level of levels) {
    if (level !== null) min = min === null ? level : Math.min(min, level);
  }
  return min;
}

/** Score weighted by the applicable checks of each part. */
function weightedScore(
  parts: Array<{ score: number; weight: number }>,
): number {
  const weight = parts.reduce((n, p) => n + p.weight, 0);
  if (weight === 0) return 0;
  return parts.reduce((n, p) => n + p.score * p.weight, 0) / weight;
}

/**
 * Builds a maturity report (evidence pack) from stored scorecards, evidence
 * records and level history. Pure: the same input gives the same document.
 *
 * @remarks
 * A domain's level over the scope is its weakest applicable entity's (for a
 * system, the system itself and its parts; for a group, what it and its
 * nested teams own); the overall level is the weakest reported domain's.
 *
 * @public
 */
export function buildReport(input: BuildReportInput): MaturityReport {
  const { model } = input;
  const messages = reportMessages(input.language);
  const filter = input.domains?.length ? new Set(input.domains) : undefined;
  const domains = model.domains.filter(d => !filter || filter.has(d.id));
  const entities = input.entities;

  // entity ref → domain id → stored domain result; → check id → result
  const domainResults = new Map<string, Map<string, ScorecardDomainResult>>();
  const checkResults = new Map<string, Map<string, ScorecardCheckResult>>();
  for (const entity of entities) {
    if (!entity.results) continue;
    domainResults.set(
      entity.entityRef,
      new Map(entity.results.domains.map(d => [d.domainId, d])),
    );
    checkResults.set(
      entity.entityRef,
      new Map(entity.results.checks.map(c => [c.checkId, c])),
    );
  }
  const moments = historyMoments(input.generatedAt, REPORT_HISTORY_MONTHS);
  const historyByDomain = new Map<string, typeof input.history>();
  for (const point of input.history ?? []) {
    if (point.domainId === null) continue;
    const list = historyByDomain.get(point.domainId);
    if (list) list.push(point);
    else historyByDomain.set(point.domainId, [point]);
  }

  const reportDomains: ReportDomain[] = domains.map(domain => {
    const stored = entities.flatMap(entity => {
      const result = domainResults.get(entity.entityRef)?.get(domain.id);
      return result && result.level !== null
        ? [{ entity, result, level: result.level }]
        : [];
    });
    const level = minLevel(stored.map(s => s.level));
    const capabilities: ReportCapability[] = domain.capabilities.map(
      capability => ({
        capabilityId: capability.id,
        title: capability.title,
        checks: capability.checks.map(check => {
          const facts = factsOf(check);
          const counts: ReportCheck['counts'] = {};
          const results = entities.flatMap((entity: ReportEntityInput) => {
            const result = checkResults.get(entity.entityRef)?.get(check.id);
            if (!result || result.status === 'not-applicable') return [];
            counts[result.status] = (counts[result.status] ?? 0) + 1;
            return [
              {
                entityRef: entity.entityRef,
                status: result.status,
                // an attestation's record is its evidence, not a value
                ...(result.value !== undefined &&
                result.source !== 'attestation'
                  ? { value: result.value }
                  : {}),
                message: result.message,
                source: result.source,
                ...(result.updatedAt ? { updatedAt: result.updatedAt } : {}),
                evidence: evidenceOf({
                  facts,
                  entity,
                  result,
                  attestation: input.attestations?.get(entity.entityRef)?.[
                    check.id
                  ],
                  waiver: input.waivers?.get(entity.entityRef)?.[check.id],
                }),
              },
            ];
          });
          return {
            checkId: check.id,
            title: check.title,
            level: check.level,
            verification: check.attestation ? 'attestation' : 'rule',
            facts,
            counts,
            results,
          } satisfies ReportCheck;
        }),
      }),
    );
    let nextLevel: ReportGap | undefined;
    if (level !== null && level < 5) {
      const target = level + 1;
      nextLevel = {
        level: target,
        checks: capabilities.flatMap(c =>
          c.checks
            .filter(check => check.level === target)
            .map(check => ({
              checkId: check.checkId,
              title: check.title,
              entityRefs: check.results
                .filter(r => !CLEARED.has(r.status))
                .map(r => r.entityRef),
            }))
            .filter(check => check.entityRefs.length > 0),
        ),
      };
    }
    return {
      domainId: domain.id,
      title: domain.title,
      ...(domain.part ? { part: domain.part } : {}),
      ...(domain.description ? { description: domain.description } : {}),
      level,
      score: weightedScore(
        stored.map(s => ({
          score: s.result.score,
          weight: applicableCount(s.result.counts),
        })),
      ),
      entityCount: stored.length,
      weakestEntityRefs: stored
        .filter(s => s.level === level)
        .map(s => s.entity.entityRef),
      ...(nextLevel ? { nextLevel } : {}),
      history: domainHistory(
        historyByDomain.get(domain.id) ?? [],
        moments,
        level,
      ),
      capabilities,
    };
  });

  const reportEntities: ReportEntity[] = entities.map(entity => {
    const results = domainResults.get(entity.entityRef);
    const own = domains.flatMap(d => {
      const r = results?.get(d.id);
      return r && r.level !== null ? [r] : [];
    });
    return {
      entityRef: entity.entityRef,
      kind: entity.kind,
      ...(entity.title ? { title: entity.title } : {}),
      level: minLevel(own.map(r => r.level)),
      score: weightedScore(
        own.map(r => ({ score: r.score, weight: applicableCount(r.counts) })),
      ),
      ...(entity.results
        ? { evaluatedAt: entity.results.evaluatedAt }
        : { notEvaluated: true }),
    };
  });

  const summaryDomains = reportDomains.map(d => ({
    domainId: d.domainId,
    title: d.title,
    ...(d.part ? { part: d.part } : {}),
    level: d.level,
    score: d.score,
    entityCount: d.entityCount,
  }));
  const applicable = reportDomains.filter(d => d.level !== null);
  return {
    schemaVersion: 1,
    cover: {
      scope: {
        kind: input.scope.kind,
        entityRef: input.scope.entityRef,
        ...(input.scope.title ? { title: input.scope.title } : {}),
        entityCount: entities.length,
      },
      model: { id: model.id, title: model.title, version: model.version },
      language: input.language,
      ...(filter ? { domainFilter: domains.map(d => d.id) } : {}),
      generatedAt: input.generatedAt.toISOString(),
      generatedBy: input.generatedBy,
    },
    summary: {
      level: minLevel(applicable.map(d => d.level)),
      score: weightedScore(
        applicable.map(d => ({
          score: d.score,
          weight: d.capabilities.reduce(
            (n, c) =>
              n + c.checks.reduce((m, check) => m + check.results.length, 0),
            0,
          ),
        })),
      ),
      domains: summaryDomains,
    },
    entities: reportEntities,
    domains: reportDomains,
    appendix: {
      levels: model.levels.map(l => ({ ...l })),
      notes: [
        ...messages.notes,
        ...(input.attestationsIncluded === false
          ? []
          : [messages.attestationsNote]),
      ],
    },
  };
}
