import type { ScorecardCheckResult } from '../api/types';
import type { AttestationEvidence, WaiverEvidence } from '../evidence/types';
import { forEachCondition } from '../model/forEachCondition';
import type { JsonValue, MaturityCheck } from '../model/types';
import type { ReportEntityInput } from './input';
import type { ReportEvidence } from './types';

const ANNOTATION_FACT = /^entity\.metadata\.annotations\[(['"])(.+)\1\]$/;

/** The facts a check's rule reads, in rule order, without repeats. */
export function factsOf(check: MaturityCheck): string[] {
  const facts = new Set<string>();
  if (check.rule) forEachCondition(check.rule, c => facts.add(c.fact));
  return [...facts];
}

/**
 * A fact's value in a stored result: the result's value when the rule reads
 * one fact, else the fact's entry when the value is keyed by fact.
 */
function factValue(
  fact: string,
  factCount: number,
  value: JsonValue | undefined,
): JsonValue | undefined {
  if (value === undefined) return undefined;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (fact in value) return value[fact];
  }
  return factCount === 1 ? value : undefined;
}

/** The evidence of one entity's result for one check. */
export function evidenceOf(options: {
  facts: readonly string[];
  entity: ReportEntityInput;
  result: ScorecardCheckResult;
  attestation?: AttestationEvidence;
  waiver?: WaiverEvidence;
}): ReportEvidence {
  const { facts, entity, result, attestation, waiver } = options;
  const evidence: ReportEvidence = {};
  for (const fact of facts) {
    const annotation = ANNOTATION_FACT.exec(fact);
    if (annotation) {
      const key = annotation[2];
      (evidence.annotations ??= []).push({
        key,
        ...(entity.annotations?.[key] !== undefined
          ? { value: entity.annotations[key] }
          : {}),
      });
    } else if (fact.startsWith('entity.metadata.links')) {
      evidence.links = entity.links ?? [];
    } else if (fact.startsWith('techInsights.') || fact.startsWith('pushed.')) {
      const value = factValue(fact, facts.length, result.value);
      (evidence.facts ??= []).push({
        fact,
        ...(value !== undefined ? { value } : {}),
        ...(result.updatedAt ? { recordedAt: result.updatedAt } : {}),
      });
    }
  }
  if (attestation) {
    evidence.attestation = {
      evidenceUrl: attestation.evidenceUrl,
      author: attestation.author,
      attestedAt: attestation.attestedAt,
      expiresAt: attestation.expiresAt,
      ...(attestation.comment ? { comment: attestation.comment } : {}),
      ...(attestation.inheritedFrom
        ? { inheritedFrom: attestation.inheritedFrom }
        : {}),
    };
  }
  if (waiver) {
    evidence.waiver = {
      justification: waiver.reason,
      approver: waiver.author,
      ...(waiver.expiresAt ? { expiresAt: waiver.expiresAt } : {}),
    };
  }
  return evidence;
}
