import type { ModelPath } from './problems';

type Holder = Record<string, unknown>;

/** Visits one human-text field: its holder object, key and path. */
export type TextFieldVisitor = (
  holder: Holder,
  key: string,
  path: ModelPath,
) => void;

function isHolder(value: unknown): value is Holder {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function visitKeys(
  holder: unknown,
  keys: string[],
  path: ModelPath,
  visit: TextFieldVisitor,
) {
  if (!isHolder(holder)) return;
  for (const key of keys) {
    if (holder[key] !== undefined) visit(holder, key, [...path, key]);
  }
}

function visitRule(rule: unknown, path: ModelPath, visit: TextFieldVisitor) {
  if (!isHolder(rule)) return;
  if (Array.isArray(rule.all) || Array.isArray(rule.any)) {
    const key = Array.isArray(rule.all) ? 'all' : 'any';
    items(rule[key]).forEach((child, i) =>
      visitRule(child, [...path, key, i], visit),
    );
  } else if (rule.not !== undefined) {
    visitRule(rule.not, [...path, 'not'], visit);
  } else if ('fact' in rule || 'operator' in rule) {
    visitKeys(rule, ['label'], path, visit);
  }
}

function visitCheck(check: unknown, path: ModelPath, visit: TextFieldVisitor) {
  if (!isHolder(check)) return;
  visitKeys(check, ['title', 'description'], path, visit);
  visitRule(check.rule, [...path, 'rule'], visit);
  visitKeys(check.attestation, ['evidence'], [...path, 'attestation'], visit);
  const remediation = check.remediation;
  visitKeys(remediation, ['markdown'], [...path, 'remediation'], visit);
  if (isHolder(remediation)) {
    items(remediation.links).forEach((link, i) =>
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
  if (!isHolder(model)) return;
  visitKeys(model, ['title', 'description'], [], visit);
  items(model.levels).forEach((level, i) =>
    visitKeys(level, ['title', 'description'], ['levels', i], visit),
  );
  items(model.domains).forEach((domain, d) => {
    const domainPath = ['domains', d];
    visitKeys(domain, ['title', 'part', 'description'], domainPath, visit);
    if (!isHolder(domain)) return;
    items(domain.capabilities).forEach((capability, c) => {
      const capabilityPath = [...domainPath, 'capabilities', c];
      visitKeys(capability, ['title', 'description'], capabilityPath, visit);
      if (!isHolder(capability)) return;
      items(capability.checks).forEach((check, k) =>
        visitCheck(check, [...capabilityPath, 'checks', k], visit),
      );
    });
  });
  items(model.indicators).forEach((indicator, i) =>
    visitKeys(indicator, ['title', 'description'], ['indicators', i], visit),
  );
}
