import type { FactReference } from '../model/factReference';
import type { EvaluationContext } from './context';
import { compileEntityPath } from './entityPaths';
import {
  describeAttestationOrigin,
  formatValidityEnd,
  resolveAttestationIn,
} from './attestations';
import { ABSENT, Absent, Unknown } from './outcome';
import {
  reportedOriginName,
  type ReportedFactReference,
} from '../evidence/reportedFacts';

/** How each reported source is named when it is unavailable. */
const REPORTED_SOURCE_LABELS: Record<ReportedFactReference['source'], string> =
  {
    techInsights: 'TechInsights',
    pushed: 'pushed facts',
  };

/**
 * Reads a fact for an entity: its value, {@link Absent} (known to be missing)
 * or {@link Unknown} (evidence missing or source unavailable).
 */
export type FactResolver = (context: EvaluationContext) => unknown;

/** Facts of the model needed to resolve references across checks. */
export interface FactResolverOptions {
  /** `validForDays` of each attestation check. */
  attestationDays: ReadonlyMap<string, number>;
  /** The attestation checks with `scope: team` (inherit team attestations). */
  teamScoped?: ReadonlySet<string>;
}

/** A short human name for a fact, used in messages. */
export function defaultFactLabel(ref: FactReference): string {
  switch (ref.source) {
    case 'entity': {
      const [first, second, ...rest] = ref.tokens;
      if (
        first?.name === 'metadata' &&
        second?.name === 'annotations' &&
        rest.length
      ) {
        return `annotation ${rest.map(t => t.name).join('.')}`;
      }
      return ref.path;
    }
    case 'relations':
      return `${ref.relationType} relation${
        ref.targetKind ? ` to a ${ref.targetKind}` : ''
      }`;
    case 'techInsights':
    case 'pushed':
      return [ref.factName, ...ref.subPath].join('.');
    case 'attestation':
      return ref.field
        ? `${ref.field} of attestation ${ref.checkId}`
        : `attestation of ${ref.checkId}`;
    case 'maturity':
      return `${ref.domainId} level`;
    default:
      return 'fact';
  }
}

/** Whether an entity ref (`kind:namespace/name`) has the given `kind:` prefix, ignoring case. */
function hasKind(targetRef: string, prefix: string): boolean {
  return (
    targetRef.startsWith(prefix) ||
    targetRef.slice(0, prefix.length).toLowerCase() === prefix
  );
}

/** Compiles the reader of a fact address. */
export function compileFactResolver(
  ref: FactReference,
  options: FactResolverOptions,
): FactResolver {
  switch (ref.source) {
    case 'entity': {
      const resolve = compileEntityPath(ref.tokens);
      return context => {
        const reason = context.unavailable.catalog;
        if (reason !== undefined)
          return new Unknown(`catalog unavailable: ${reason}`);
        return resolve(context.entity);
      };
    }
    case 'relations': {
      const { relationType, targetKind } = ref;
      const prefix = `${targetKind}:`;
      return context => {
        const reason = context.unavailable.catalog;
        if (reason !== undefined)
          return new Unknown(`catalog unavailable: ${reason}`);
        const targets = context.relations()[relationType] ?? [];
        return targetKind
          ? targets.filter(t => hasKind(t.targetRef, prefix))
          : targets;
      };
    }
    case 'techInsights':
    case 'pushed':
      return compileReportedFact(ref);
    case 'attestation': {
      const { checkId, field } = ref;
      const days = options.attestationDays.get(checkId) ?? Infinity;
      const notAttested = new Unknown(`${checkId} has not been attested`);
      const teamScoped = options.teamScoped?.has(checkId) === true;
      return context => {
        const reason = context.unavailable.attestation;
        if (reason !== undefined)
          return new Unknown(`attestations unavailable: ${reason}`);
        const resolved = resolveAttestationIn(
          context,
          context.attestations?.[checkId],
          teamScoped ? context.teamAttestations?.[checkId] : undefined,
          days,
        );
        if (!resolved) return notAttested;
        const { attestation, validity } = resolved;
        if (field) return attestation[field] ?? ABSENT;
        if (validity.state === 'invalid')
          return new Unknown(`attestation of ${checkId}: ${validity.message}`);
        if (validity.state === 'expired') {
          return new Absent(
            `attestation of ${checkId} ${describeAttestationOrigin(
              attestation,
            )} expired on ${formatValidityEnd(attestation, validity.since)}`,
          );
        }
        return true;
      };
    }
    case 'maturity': {
      const { domainId } = ref;
      return context => {
        const level = context.domainLevels.get(domainId);
        if (level === undefined)
          return new Unknown(`${domainId} level has not been evaluated`);
        if (level === null)
          return new Unknown(
            `domain ${domainId} does not apply to this entity`,
          );
        return level;
      };
    }
    default:
      return () => new Unknown('unsupported fact source');
  }
}

/**
 * Reads a TechInsights or pushed fact: the context field and the unavailable
 * source of each are named after the fact source.
 */
function compileReportedFact(ref: ReportedFactReference): FactResolver {
  const { source, factName, subPath } = ref;
  const key = source === 'pushed' ? ref.sourceName : ref.retrieverId;
  const origin = reportedOriginName(ref);
  const name = [factName, ...subPath].join('.');
  const noFacts = new Unknown(`no facts from ${origin}`);
  const notReported = new Unknown(`${origin} has not reported ${name}`);
  const unavailable = `${REPORTED_SOURCE_LABELS[source]} unavailable: `;
  return context => {
    const reason = context.unavailable[source];
    if (reason !== undefined) return new Unknown(`${unavailable}${reason}`);
    const reported = context[source]?.[key];
    if (!reported) return noFacts;
    let value: unknown = reported.facts[factName];
    for (
      let i = 0;
      i < subPath.length && value !== undefined && value !== null;
      i++
    ) {
      value =
        typeof value === 'object'
          ? (value as Record<string, unknown>)[subPath[i]]
          : undefined;
    }
    if (value === undefined || value === null) return notReported;
    return value;
  };
}
