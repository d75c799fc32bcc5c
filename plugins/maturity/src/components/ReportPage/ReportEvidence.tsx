import { Link } from '@backstage/core-components';
import type { ReportEvidence as Evidence } from '../../api/reportTypes';
import { formatValue } from '../../lib/checks';
import { isHttpUrl } from '../../lib/reports';
import { formatDate, formatDateTime } from '../../lib/time';
import { useMaturityTranslation } from '../../translation';

/** A URL as a link when it is http(s), else as plain text. */
export function SafeLink(props: { url: string; text?: string }) {
  const { url, text = url } = props;
  return isHttpUrl(url) ? (
    <Link to={url} target="_blank" rel="noopener noreferrer">
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}

/**
 * The evidence behind one result: annotation values, links, fact values
 * with when they were recorded, the attestation and the waiver. Only
 * http(s) URLs become links.
 */
export function ReportEvidence(props: { evidence: Evidence }) {
  const { evidence } = props;
  const { t, tNode, language } = useMaturityTranslation();
  const lines = [
    ...(evidence.annotations ?? []).map(a => (
      <li key={`a-${a.key}`}>
        {a.value === undefined
          ? t('reportEvidence.annotationNotSet', { key: a.key })
          : t('reportEvidence.annotation', { key: a.key, value: a.value })}
      </li>
    )),
    ...(evidence.links?.length
      ? [
          <li key="links">
            {t('reportEvidence.links')}{' '}
            {evidence.links.map((link, index) => (
              <span key={`${link.url}-${index}`}>
                {index > 0 && t('common.listSeparator')}
                <SafeLink url={link.url} text={link.title ?? link.url} />
              </span>
            ))}
          </li>,
        ]
      : []),
    ...(evidence.facts ?? []).map(f => {
      const value = formatValue(f.value) ?? '–';
      return (
        <li key={`f-${f.fact}`}>
          {f.recordedAt
            ? t('reportEvidence.factRecorded', {
                fact: f.fact,
                value,
                at: formatDateTime(f.recordedAt, language),
              })
            : t('reportEvidence.fact', { fact: f.fact, value })}
        </li>
      );
    }),
  ];
  const { attestation, waiver } = evidence;
  if (attestation) {
    lines.push(
      <li key="attestation">
        {t('reportEvidence.attestation', {
          author: attestation.author,
          date: formatDate(attestation.attestedAt, language),
          expires: formatDate(attestation.expiresAt, language),
        })}
        <br />
        {tNode('reportEvidence.evidenceUrl', {
          url: <SafeLink url={attestation.evidenceUrl} />,
        })}
        {attestation.comment && (
          <>
            <br />
            {t('reportEvidence.comment', { comment: attestation.comment })}
          </>
        )}
        {attestation.inheritedFrom && (
          <>
            <br />
            {t('reportEvidence.inherited', {
              group: attestation.inheritedFrom,
            })}
          </>
        )}
      </li>,
    );
  }
  if (waiver) {
    lines.push(
      <li key="waiver">
        {t('reportEvidence.waiver', {
          approver: waiver.approver,
          justification: waiver.justification,
        })}
        <br />
        {waiver.expiresAt
          ? t('reportEvidence.waiverExpires', {
              date: formatDate(waiver.expiresAt, language),
            })
          : t('reportEvidence.waiverNoExpiry')}
      </li>,
    );
  }
  if (lines.length === 0) return <>–</>;
  return <ul style={{ margin: 0, paddingLeft: 16 }}>{lines}</ul>;
}
