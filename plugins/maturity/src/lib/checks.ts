import type { JsonValue } from '@devops-maturity/plugin-maturity-common';
import type { CheckSource, CheckStatus } from '../api/types';
import type { MaturityMessageKey } from '../translation/translate';
import { english, Localizer } from '../translation/translate';

const STATUS_LABELS: Record<CheckStatus, MaturityMessageKey> = {
  passed: 'checkStatus.passed',
  failed: 'checkStatus.failed',
  unknown: 'checkStatus.unknown',
  waived: 'checkStatus.waived',
  'not-applicable': 'checkStatus.notApplicable',
  error: 'checkStatus.error',
};

const SOURCE_LABELS: Record<CheckSource, MaturityMessageKey> = {
  catalog: 'evidenceSource.catalog',
  relations: 'evidenceSource.relations',
  techInsights: 'evidenceSource.techInsights',
  pushed: 'evidenceSource.pushed',
  attestation: 'evidenceSource.attestation',
  maturity: 'evidenceSource.maturity',
  mixed: 'evidenceSource.mixed',
  none: 'evidenceSource.none',
};

/** A human label of a check status. */
export function statusLabel(
  status: CheckStatus,
  i18n: Localizer = english,
): string {
  const key = STATUS_LABELS[status];
  return key ? i18n.t(key) : status;
}

/** A human label of where a check's evidence comes from. */
export function sourceLabel(
  source: CheckSource,
  i18n: Localizer = english,
): string {
  const key = SOURCE_LABELS[source];
  return key ? i18n.t(key) : source;
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
