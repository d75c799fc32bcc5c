import type { ReportMessages } from './reportMessages';
import type { ReportEvidence } from './types';

/** One piece of evidence: text, with a link target when it has one. */
export interface EvidenceLine {
  text: string;
  url?: string;
}

/** The evidence of a result as display lines (plain text, not escaped). */
export function evidenceLines(
  evidence: ReportEvidence,
  m: ReportMessages,
): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  for (const a of evidence.annotations ?? []) {
    lines.push({
      text: `${m.annotation} ${a.key}: ${a.value ?? `(${m.notSet})`}`,
    });
  }
  for (const link of evidence.links ?? []) {
    lines.push({
      text: `${m.links}: ${link.title ? `${link.title} ` : ''}${link.url}`,
      url: link.url,
    });
  }
  for (const f of evidence.facts ?? []) {
    lines.push({
      text: `${m.fact} ${f.fact}${
        f.value !== undefined ? ` = ${JSON.stringify(f.value)}` : ''
      }${f.recordedAt ? ` (${m.recordedAt} ${f.recordedAt})` : ''}`,
    });
  }
  const att = evidence.attestation;
  if (att) {
    lines.push({
      text: `${att.evidenceUrl} (${m.attestedBy} ${att.author}, ${
        att.attestedAt
      }; ${m.expires} ${att.expiresAt}${
        att.inheritedFrom ? `; ${m.inheritedFrom} ${att.inheritedFrom}` : ''
      })${att.comment ? ` ${att.comment}` : ''}`,
      url: att.evidenceUrl,
    });
  }
  const waiver = evidence.waiver;
  if (waiver) {
    lines.push({
      text: `${waiver.justification} (${m.waivedBy} ${waiver.approver}${
        waiver.expiresAt ? `; ${m.expires} ${waiver.expiresAt}` : ''
      })`,
    });
  }
  return lines;
}
