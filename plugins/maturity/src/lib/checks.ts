import type { JsonValue } from '@devops-maturity/plugin-maturity-common';
import type { CheckSource, CheckStatus } from '../api/types';

const STATUS_LABELS: Record<CheckStatus, string> = {
  passed: 'Passed',
  failed: 'Failed',
  unknown: 'Unknown (no evidence)',
  waived: 'Waived',
  'not-applicable': 'Not applicable',
  error: 'Evidence error',
};

const SOURCE_LABELS: Record<CheckSource, string> = {
  catalog: 'Catalog entity (annotation or field)',
  relations: 'Catalog relations',
  techInsights: 'TechInsights fact',
  attestation: 'Attestation',
  maturity: 'Another maturity domain',
  mixed: 'Several evidence sources',
  none: 'No evidence source',
};

/** A human label of a check status. */
export function statusLabel(status: CheckStatus): string {
  return STATUS_LABELS[status] ?? status;
}

/** A human label of where a check's evidence comes from. */
export function sourceLabel(source: CheckSource): string {
  return SOURCE_LABELS[source] ?? source;
}

/** Whether a status stops a level from being reached. */
export function isOpenStatus(status: CheckStatus): boolean {
  return status === 'failed' || status === 'unknown' || status === 'error';
}

/** An observed value as short text; undefined when there is none. */
export function formatValue(value: JsonValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  const text = JSON.stringify(value);
  return text.length > 500 ? `${text.slice(0, 497)}…` : text;
}
