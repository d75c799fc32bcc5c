import { formatModelPath, type ModelPath } from './problems';
import type { SchemaIssue } from './schema';
import { parseFactReference } from './factReference';
import { orderDomains } from './domainOrder';
import { validateIndicators } from './validateIndicators';
import { isRecord, list } from './values';

/** A condition's fact address, where it is and how it is compared. */
export interface FactUse {
  fact: string;
  path: ModelPath;
  domainId?: string;
  operator?: unknown;
}

function collectFacts(
  node: unknown,
  path: ModelPath,
  out: FactUse[],
  domainId?: string,
) {
  if (!isRecord(node)) return;
  if (typeof node.fact === 'string') {
    out.push({
      fact: node.fact,
      path: [...path, 'fact'],
      domainId,
      operator: node.operator,
    });
    return;
  }
  for (const key of ['all', 'any', 'first'] as const) {
    list(node[key]).forEach((child, i) =>
      collectFacts(child, [...path, key, i], out, domainId),
    );
  }
  if ('not' in node) collectFacts(node.not, [...path, 'not'], out, domainId);
}

/**
 * Finds the problems that span nodes, on a raw (possibly invalid) model:
 * duplicate ids, level numbering, rule xor attestation, references to
 * attestation checks and domains, domain dependency cycles, and what
 * indicators refer to.
 */
export function validateReferences(raw: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (!isRecord(raw)) return issues;

  list(raw.levels).forEach((definition, i) => {
    if (
      isRecord(definition) &&
      typeof definition.level === 'number' &&
      definition.level !== i + 1
    ) {
      issues.push({
        path: ['levels', i, 'level'],
        message: `levels must be listed in order 1 to 5; expected ${
          i + 1
        }, got ${definition.level}`,
      });
    }
  });

  const seen = {
    domain: new Map<string, ModelPath>(),
    capability: new Map<string, ModelPath>(),
    check: new Map<string, ModelPath>(),
  };
  const register = (
    kind: keyof typeof seen,
    node: unknown,
    path: ModelPath,
  ) => {
    if (!isRecord(node) || typeof node.id !== 'string') return;
    const first = seen[kind].get(node.id);
    if (first) {
      issues.push({
        path: [...path, 'id'],
        message: `duplicate ${kind} id '${
          node.id
        }' (first defined at ${formatModelPath(first)})`,
      });
    } else {
      seen[kind].set(node.id, path);
    }
  };

  const attestationChecks = new Set<string>();
  const facts: FactUse[] = [];
  list(raw.domains).forEach((domain, d) => {
    const domainPath = ['domains', d];
    register('domain', domain, domainPath);
    if (!isRecord(domain)) return;
    const domainId = typeof domain.id === 'string' ? domain.id : undefined;
    list(domain.capabilities).forEach((capability, c) => {
      const capabilityPath = [...domainPath, 'capabilities', c];
      register('capability', capability, capabilityPath);
      if (!isRecord(capability)) return;
      list(capability.checks).forEach((check, k) => {
        const checkPath = [...capabilityPath, 'checks', k];
        register('check', check, checkPath);
        if (!isRecord(check)) return;
        const hasRule = check.rule !== undefined;
        const hasAttestation = check.attestation !== undefined;
        if (hasRule === hasAttestation) {
          issues.push({
            path: checkPath,
            message: hasRule
              ? "a check has either 'rule' or 'attestation', not both"
              : "a check needs a 'rule' or an 'attestation'",
          });
        }
        if (hasAttestation && typeof check.id === 'string')
          attestationChecks.add(check.id);
        if (hasRule)
          collectFacts(check.rule, [...checkPath, 'rule'], facts, domainId);
      });
    });
  });

  const dependencies = new Map<string, Set<string>>();
  const firstUse = new Map<string, ModelPath>();
  for (const use of facts) {
    const ref = parseFactReference(use.fact);
    if ('error' in ref) continue;
    if (ref.source === 'attestation') {
      if (!seen.check.has(ref.checkId)) {
        issues.push({
          path: use.path,
          message: `no check '${ref.checkId}' in this model`,
        });
      } else if (!attestationChecks.has(ref.checkId)) {
        issues.push({
          path: use.path,
          message: `check '${ref.checkId}' is not an attestation check`,
        });
      }
    } else if (ref.source === 'maturity') {
      if (!seen.domain.has(ref.domainId)) {
        issues.push({
          path: use.path,
          message: `no domain '${ref.domainId}' in this model`,
        });
      } else if (use.domainId) {
        const set = dependencies.get(use.domainId) ?? new Set<string>();
        set.add(ref.domainId);
        dependencies.set(use.domainId, set);
        const key = `${use.domainId}>${ref.domainId}`;
        if (!firstUse.has(key)) firstUse.set(key, use.path);
      }
    }
  }

  const { cycles } = orderDomains([...seen.domain.keys()], dependencies);
  for (const cycle of cycles) {
    issues.push({
      path: firstUse.get(`${cycle[0]}>${cycle[1]}`) ?? ['domains'],
      message: `domain dependency cycle: ${cycle.join(
        ' → ',
      )} (maturity.<domainId>.level facts must not form a loop)`,
    });
  }
  issues.push(
    ...validateIndicators(raw.indicators, {
      checkIds: new Set(seen.check.keys()),
      domainIds: new Set(seen.domain.keys()),
      facts,
    }),
  );
  return issues;
}
