import type { JsonValue, MaturityCheck } from '../model/types';
import type { CheckResult, CheckSource, CheckStatus } from '../results/types';
import type { EvaluationContext } from './context';
import type { RuleEvaluator } from './operators';
import type { Outcome } from './outcome';
import {
  attestationValidity,
  describeAttestation,
  formatValidityEnd,
} from './attestations';
import { formatDate } from './format';
import { parseTimestamp } from './parseTimestamp';

/** Evaluates one check for an entity. */
export type CheckEvaluator = (context: EvaluationContext) => CheckResult;

function collectValues(outcome: Outcome, into: Record<string, JsonValue>) {
  if (outcome.children) {
    for (const child of outcome.children) collectValues(child, into);
  } else if (outcome.fact !== undefined && outcome.value !== undefined) {
    into[outcome.fact] = outcome.value as JsonValue;
  }
}

function observedValue(outcome: Outcome): JsonValue | undefined {
  if (!outcome.children) return outcome.value as JsonValue | undefined;
  const values: Record<string, JsonValue> = {};
  collectValues(outcome, values);
  return Object.keys(values).length > 0 ? values : undefined;
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
    return {
      status: 'unknown',
      message: `attestations unavailable: ${unavailable}`,
    };
  }
  const attestation = context.evidence.attestations?.[check.id];
  if (!attestation) return notAttested;
  const validity = attestationValidity(
    attestation,
    requirement.validForDays,
    context.nowMs,
  );
  const value = attestation as unknown as JsonValue;
  if (validity.state === 'invalid') {
    return {
      status: 'error',
      message: `attestation ${validity.message}`,
      value,
      fact: check.id,
    };
  }
  if (validity.state === 'expired') {
    return {
      status: 'failed',
      message: `attested ${describeAttestation(
        attestation,
      )}, expired on ${formatValidityEnd(
        attestation,
        validity.since,
      )}; ${needs}`,
      value,
      fact: check.id,
    };
  }
  return {
    status: 'passed',
    message: `attested ${describeAttestation(attestation)} (${
      attestation.evidenceUrl
    }), valid until ${formatValidityEnd(attestation, validity.until)}`,
    value,
    fact: check.id,
  };
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
}): CheckEvaluator {
  const {
    check,
    domainId,
    capabilityId,
    source,
    applies,
    rule,
    notApplicableMessage,
  } = options;
  const checkId = check.id;
  const level = check.level;
  const needs = check.attestation
    ? `requires an attestation with evidence: ${check.attestation.evidence} (valid ${check.attestation.validForDays} days)`
    : '';
  const notAttested: Outcome = {
    status: 'unknown',
    message: `not attested yet; ${needs}`,
  };
  const result = (
    status: CheckStatus,
    message: string,
    value?: JsonValue,
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
      if (outcome.status === 'passed')
        return result('passed', outcome.message, value);
      const waiver = context.evidence.waivers?.[checkId];
      if (waiver) {
        const until =
          waiver.expiresAt === undefined
            ? Infinity
            : parseTimestamp(waiver.expiresAt);
        if (until >= context.nowMs) {
          const end = until === Infinity ? '' : ` until ${formatDate(until)}`;
          return result(
            'waived',
            `waived by ${waiver.author}${end}: ${waiver.reason} (${outcome.message})`,
            value,
          );
        }
        const note = Number.isNaN(until)
          ? `waiver ignored: expiresAt '${waiver.expiresAt}' is not a date`
          : `waiver expired on ${formatDate(until)}`;
        return result(outcome.status, `${outcome.message} (${note})`, value);
      }
      return result(outcome.status, outcome.message, value);
    } catch (e) {
      return result('error', `evaluation failed: ${(e as Error).message}`);
    }
  };
}
