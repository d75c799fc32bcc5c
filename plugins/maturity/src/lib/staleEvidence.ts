import type {
  EvidenceOutage,
  StaleCheckMarker,
} from '@devops-maturity/plugin-maturity-common';
import { english, Localizer } from '../translation/translate';

/**
 * The human name of an evidence source that can be down: `techInsights` →
 * "TechInsights", `pushed` → "CI (pushed)"; any other id as is.
 */
export function evidenceSourceName(
  source: string,
  i18n: Localizer = english,
): string {
  if (source === 'techInsights') return i18n.t('staleEvidence.techInsights');
  if (source === 'pushed') return i18n.t('staleEvidence.pushed');
  return source;
}

function sameLocalDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/**
 * A moment of an outage in the app language: the time alone when it is
 * today ("10:42"), with the date otherwise ("Dec 6, 2026, 10:42 PM").
 */
export function formatOutageTime(
  iso: string,
  language: string = english.language,
  now: Date = new Date(),
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return sameLocalDay(date, now)
    ? date.toLocaleTimeString(language, { timeStyle: 'short' })
    : date.toLocaleString(language, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
}

/**
 * One outage as a sentence, e.g. "TechInsights unreachable since 10:42 — 23
 * checks show results from 09:30".
 */
export function outageText(
  outage: EvidenceOutage,
  i18n: Localizer = english,
  now: Date = new Date(),
): string {
  const values = {
    source: evidenceSourceName(outage.source, i18n),
    since: formatOutageTime(outage.since, i18n.language, now),
    count: outage.checks,
  };
  return outage.lastSuccessAt
    ? i18n.t('staleEvidence.outage', {
        ...values,
        evidenceAt: formatOutageTime(outage.lastSuccessAt, i18n.language, now),
      })
    : i18n.t('staleEvidence.outageNeverRead', values);
}

/** "TechInsights unreachable since 10:42", for lists of sources. */
export function sourceDownText(
  source: { source: string; since: string },
  i18n: Localizer = english,
  now: Date = new Date(),
): string {
  return i18n.t('staleEvidence.sourceDown', {
    source: evidenceSourceName(source.source, i18n),
    since: formatOutageTime(source.since, i18n.language, now),
  });
}

/**
 * The marker of a check showing an earlier result, e.g. "result from 09:30
 * — TechInsights unreachable".
 */
export function staleCheckText(
  marker: StaleCheckMarker,
  i18n: Localizer = english,
  now: Date = new Date(),
): string {
  const source = evidenceSourceName(marker.source, i18n);
  return marker.evidenceAt
    ? i18n.t('staleEvidence.checkMarker', {
        source,
        evidenceAt: formatOutageTime(marker.evidenceAt, i18n.language, now),
      })
    : i18n.t('staleEvidence.checkMarkerNeverRead', {
        source,
        since: formatOutageTime(marker.since, i18n.language, now),
      });
}
