import type {
  CampaignEntityProgress,
  CampaignTarget,
} from '@devops-maturity/plugin-maturity-common';

type CsvValue = string | number | boolean | undefined;

function cell(value: CsvValue): string {
  if (value === undefined) return '';
  let text = String(value);
  // Keep spreadsheets from evaluating cells as formulas.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (values: CsvValue[]) => `${values.map(cell).join(',')}\r\n`;

/**
 * The header line of a campaign's entity CSV: entity, title, kind, owner,
 * meets, current and target level per target (named by `domainTitle`),
 * remaining checks (count, titles, ids).
 */
export function campaignCsvHeader(
  targets: readonly CampaignTarget[],
  domainTitle: (domain: string) => string,
): string {
  return line([
    'entityRef',
    'title',
    'kind',
    'owner',
    'meets',
    ...targets.flatMap(t => {
      const name = domainTitle(t.domain);
      return [`${name} level`, `${name} target`];
    }),
    'remainingChecks',
    'remainingCheckTitles',
    'remainingCheckIds',
  ]);
}

/** One entity's line of a campaign's entity CSV (RFC 4180, CRLF). */
export function campaignCsvLine(
  targets: readonly CampaignTarget[],
  entity: CampaignEntityProgress,
): string {
  return line([
    entity.entityRef,
    entity.title,
    entity.kind,
    entity.owner,
    entity.meets,
    ...targets.flatMap(t => {
      const row = entity.targets.find(r => r.domain === t.domain);
      return [row?.level, t.level];
    }),
    entity.remainingChecks.length,
    entity.remainingChecks.map(c => c.title).join('; '),
    entity.remainingChecks.map(c => c.checkId).join('; '),
  ]);
}
