import type { EntityEvidence, RelationTargetEvidence } from '../evidence/types';
import { NOT_READ } from './sharedFacts';

/** What the compiled rules of one entity read, prepared once per entity. */
export interface EvaluationContext {
  readonly evidence: EntityEvidence;
  // The parts of the evidence read by many checks, copied here once: evidence
  // objects have many shapes, while every context has the same one, so the
  // checks' property loads stay monomorphic.
  readonly entity: EntityEvidence['entity'];
  readonly techInsights: EntityEvidence['techInsights'];
  readonly pushed: EntityEvidence['pushed'];
  readonly waivers: EntityEvidence['waivers'];
  readonly attestations: EntityEvidence['attestations'];
  readonly teamAttestations: EntityEvidence['teamAttestations'];
  readonly nowMs: number;
  /**
   * The earliest moment (ms) at which a time comparison made so far could
   * come out differently: starts at the end of the UTC day of `nowMs` and is
   * lowered through {@link changesAt}.
   */
  validUntilMs: number;
  /** The deployment's baseline date (ISO `YYYY-MM-DD`) for `trend` with `baseline: configured`; undefined when none is set. */
  readonly baselineDate: string | undefined;
  /** Messages of unavailable sources. */
  readonly unavailable: {
    catalog?: string;
    techInsights?: string;
    pushed?: string;
    attestation?: string;
  };
  /** Cached results of the model's distinct `appliesTo` predicates: 0 not yet evaluated, 1 match, 2 no match. */
  readonly applicability: number[];
  /** Facts read for this entity, by slot of their address (see `SharedFactResolvers`); `NOT_READ` until read. */
  readonly facts: unknown[];
  /** Levels of domains already evaluated (`null` = not applicable). */
  readonly domainLevels: Map<string, number | null>;
  /** Relation targets by type: given in the evidence, else from `entity.relations`. */
  relations(): Record<string, RelationTargetEvidence[]>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The first moment of the UTC day after the one of `ms`: an evaluation is
 * trusted at most until then, so that whatever depends on the day and is
 * not bounded more precisely (indicator samples' look-back windows, the
 * engine's own rules) is re-evaluated at least once a day.
 */
export function endOfUtcDay(ms: number): number {
  return (Math.floor(ms / DAY_MS) + 1) * DAY_MS;
}

/**
 * Records that the evaluation may come out differently from `atMs` on (a
 * date ages past a limit, an attestation or waiver expires). An instant at
 * or before `nowMs` means the result may change at any moment (no later
 * evaluation can reuse it); `NaN` is ignored.
 */
export function changesAt(context: EvaluationContext, atMs: number): void {
  if (atMs < context.validUntilMs) {
    context.validUntilMs = Math.max(atMs, context.nowMs);
  }
}

/** Prepares the evaluation context of one entity. */
export function createEvaluationContext(
  evidence: EntityEvidence,
  nowMs: number,
  predicateCount = 0,
  factSlotCount = 0,
  baselineDate: string | undefined = undefined,
): EvaluationContext {
  // One object shape for every entity keeps the readers' property loads monomorphic.
  const unavailable: EvaluationContext['unavailable'] = {
    catalog: undefined,
    techInsights: undefined,
    pushed: undefined,
    attestation: undefined,
  };
  const sources = evidence.unavailableSources;
  if (sources) {
    for (const source of sources) {
      unavailable[source.source] = unavailable[source.source]
        ? `${unavailable[source.source]}; ${source.message}`
        : source.message;
    }
  }
  let relations: Record<string, RelationTargetEvidence[]> | undefined;
  return {
    evidence,
    entity: evidence.entity,
    techInsights: evidence.techInsights,
    pushed: evidence.pushed,
    waivers: evidence.waivers,
    attestations: evidence.attestations,
    teamAttestations: evidence.teamAttestations,
    nowMs,
    validUntilMs: endOfUtcDay(nowMs),
    // Always present (even undefined), like every field: one object shape.
    baselineDate,
    unavailable,
    applicability: new Array<number>(predicateCount).fill(0),
    facts: new Array<unknown>(factSlotCount).fill(NOT_READ),
    domainLevels: new Map(),
    relations() {
      if (!relations) {
        // Targets from entity.relations (existence unknown), overridden per
        // type by the relations given in the evidence.
        const merged: Record<string, RelationTargetEvidence[]> = {};
        for (const relation of evidence.entity.relations ?? []) {
          if (evidence.relations?.[relation.type]) continue;
          (merged[relation.type] ??= []).push({
            targetRef: relation.targetRef,
          });
        }
        relations = Object.assign(merged, evidence.relations);
      }
      return relations;
    },
  };
}
