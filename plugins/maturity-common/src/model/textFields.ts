import type { ModelPath } from './problems';
import { isRecord, list } from './values';

type Holder = Record<string, unknown>;

/** Visits one human-text field: its holder object, key and path. */
export type TextFieldVisitor = (
  holder: Holder,
  key: string,
  path: ModelPath,
) => void;

function visitKeys(
  holder: unknown,
  keys: string[],
  path: ModelPath,
  visit: TextFieldVisitor,
) {
  if (!isRecord(holder)) return;
  for (const key of keys) {
    if (holder[key] !== undefined) visit(holder, key, [...path, key]);
  }
}

const LIST_KEYS = ['all', 'any', 'first'] as const;

function visitRule(rule: unknown, path: ModelPath, visit: TextFieldVisitor) {
  if (!isRecord(rule)) return;
  const key = LIST_KEYS.find(k => Array.isArray(rule[k]));
  if (key) {
    list(rule[key]).forEach((child, i) =>
      visitRule(child, [...path, key, i], visit),
    );
  } else if (rule.not !== undefined) {
    visitRule(rule.not, [...path, 'not'], visit);
  } else if ('fact' in rule || 'operator' in rule) {
    visitKeys(rule, ['label'], path, visit);
  }
}

function visitCheck(check: unknown, path: ModelPath, visit: TextFieldVisitor) {
  if (!isRecord(check)) return;
  visitKeys(check, ['title', 'description'], path, visit);
  visitRule(check.rule, [...path, 'rule'], visit);
  visitKeys(check.attestation, ['evidence'], [...path, 'attestation'], visit);
  const remediation = check.remediation;
  visitKeys(remediation, ['markdown'], [...path, 'remediation'], visit);
  if (isRecord(remediation)) {
    list(remediation.links).forEach((link, i) =>
      visitKeys(link, ['title'], [...path, 'remediation', 'links', i], visit),
    );
  }
}

/**
 * Calls `visit` for every human-text field present in a model (plain or raw):
 * titles, descriptions, domain parts, remediation text and link titles,
 * attestation evidence and condition labels. Tolerates any shape.
 */
export function forEachTextField(model: unknown, visit: TextFieldVisitor) {
  if (!isRecord(model)) return;
  visitKeys(model, ['title', 'description'], [], visit);
  list(model.levels).forEach((level, i) =>
    visitKeys(level, ['title', 'description'], ['levels', i], visit),
  );
  list(model.domains).forEach((domain, d) => {
    const domainPath = ['domains', d];
    visitKeys(domain, ['title', 'part', 'description'], domainPath, visit);
    if (!isRecord(domain)) return;
    list(domain.capabilities).forEach((capability, c) => {
      const capabilityPath = [...domainPath, 'capabilities', c];
      visitKeys(capability, ['title', 'description'], capabilityPath, visit);
      if (!isRecord(capability)) return;
      list(capability.checks).forEach((check, k) =>
        visitCheck(check, [...capabilityPath, 'checks', k], visit),
      );
    });
  });
  list(model.indicators).forEach((indicator, i) =>
    visitKeys(indicator, ['title', 'description'], ['indicators', i], visit),
  );
}
