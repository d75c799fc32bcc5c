import type { JsonValue, MaturityCheck } from '../model/types';
import type { CheckResult, CheckSource, CheckStatus } from '../results/types';
import { changesAt, type EvaluationContext } from './context';
import type { RuleEvaluator } from './operators';
import { conditionOutcome, plainOutcome, type Outcome } from './outcome';
import {
  describeAttestation,
  describeAttestationOrigin,
  formatValidityEnd,
  resolveAttestationIn,
} from './attestations';
import { formatDate } from './format';
import { parseTimestamp } from './parseTimestamp';

/** Evaluates one check for an entity. */
export type CheckEvaluator = (context: EvaluationContext) => CheckResult;

/** Adds the values seen by the conditions under `outcome` to `into`; returns how many it set. */
function collectValues(
  outcome: Outcome,
  into: Record<string, JsonValue>,
): number {
  const children = outcome.children;
  if (children) {
    let count = 0;
    for (let i = 0; i < children.length; i++)
      count += collectValues(children[i], into);
    return count;
  }
  if (outcome.fact === undefined || outcome.value === undefined) return 0;
  into[outcome.fact] = outcome.value as JsonValue;
  return 1;
}

function observedValue(outcome: Outcome): JsonValue | undefined {
  if (!outcome.children) return outcome.value as JsonValue | undefined;
  const values: Record<string, JsonValue> = {};
  return collectValues(outcome, values) > 0 ? values : undefined;
}

function attestationOutcome(
  check: MaturityCheck,
  needs: string,
  notAttested: Outcome,
  context: EvaluationContext,
): Outcome {
  const requirement = check.attestation!;
  const unavailable = context.unavailable.attestation;
  if (unavailable !== undefined) {
    return plainOutcome('unknown', `attestations unavailable: ${unavailable}`);
  }
  const resolved = resolveAttestationIn(
    context,
    context.attestations?.[check.id],
    requirement.scope === 'team'
      ? context.teamAttestations?.[check.id]
      : undefined,
    requirement.validForDays,
  );
  if (!resolved) return notAttested;
  const { attestation, validity } = resolved;
  const value = attestation as unknown as JsonValue;
  if (validity.state === 'invalid') {
    return conditionOutcome(
      'error',
      `attestation ${validity.message}`,
      check.id,
      value,
    );
  }
  if (validity.state === 'expired') {
    return conditionOutcome(
      'failed',
      `attested ${describeAttestationOrigin(
        attestation,
      )}, expired on ${formatValidityEnd(
        attestation,
        validity.since,
      )}; ${needs}`,
      check.id,
      value,
    );
  }
  if (attestation.inheritedFrom) {
    return conditionOutcome(
      'passed',
      `attested ${describeAttestationOrigin(
        attestation,
      )}, expires ${formatValidityEnd(attestation, validity.until)}, evidence ${
        attestation.evidenceUrl
      }`,
      check.id,
      value,
    );
  }
  return conditionOutcome(
    'passed',
    `attested ${describeAttestation(attestation)} (${
      attestation.evidenceUrl
    }), valid until ${formatValidityEnd(attestation, validity.until)}`,
    check.id,
    value,
  );
}

/** Compiles the evaluation of one check: applicability, rule or attestation, waiver. */
export function compileCheckEvaluator(options: {
  check: MaturityCheck;
  domainId: string;
  capabilityId: string;
  source: CheckSource;
  applies: (context: EvaluationContext) => boolean;
  notApplicableMessage: string;
  rule?: RuleEvaluator;
  /** The source of a rule outcome, when it depends on the outcome (`first`). */
  sourceOf?: (outcome: Outcome) => CheckSource;
}): CheckEvaluator {
  const {
    check,
    domainId,
    capabilityId,
    applies,
    rule,
    notApplicableMessage,
    sourceOf,
  } = options;
  const checkId = check.id;
  const level = check.level;
  const needs = check.attestation
    ? `requires an attestation with evidence: ${check.attestation.evidence} (valid ${check.attestation.validForDays} days)`
    : '';
  const notAttested = plainOutcome('unknown', `not attested yet; ${needs}`);
  const result = (
    status: CheckStatus,
    message: string,
    value?: JsonValue,
    source = options.source,
  ): CheckResult =>
    value === undefined
      ? { checkId, domainId, capabilityId, level, status, message, source }
      : {
          checkId,
          domainId,
          capabilityId,
          level,
          status,
          message,
          source,
          value,
        };

  return context => {
    try {
      if (!applies(context))
        return result('not-applicable', notApplicableMessage);
      const outcome = rule
        ? rule(context)
        : attestationOutcome(check, needs, notAttested, context);
      const value = observedValue(outcome);
      const source = sourceOf ? sourceOf(outcome) : options.source;
      if (outcome.status === 'passed')
        return result('passed', outcome.message, value, source);
      const waiver = context.waivers?.[checkId];
      if (waiver) {
        const until =
          waiver.expiresAt === undefined
            ? Infinity
            : parseTimestamp(waiver.expiresAt);
        if (until >= context.nowMs) {
          // waived up to and including `until`
          changesAt(context, until + 1);
          const end = until === Infinity ? '' : ` until ${formatDate(until)}`;
          return result(
            'waived',
            `waived by ${waiver.author}${end}: ${waiver.reason} (${outcome.message})`,
            value,
            source,
          );
        }
        const note = Number.isNaN(until)
          ? `waiver ignored: expiresAt '${waiver.expiresAt}' is not a date`
          : `waiver expired on ${formatDate(until)}`;
        return result(
          outcome.status,
          `${outcome.message} (${note})`,
          value,
          source,
        );
      }
      return result(outcome.status, outcome.message, value, source);
    } catch (e) {
      return result('error', `evaluation failed: ${(e as Error).message}`);
    }
  };
}
