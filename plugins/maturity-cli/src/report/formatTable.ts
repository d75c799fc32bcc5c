import type {
  CheckView,
  DomainView,
  EntityReport,
  ReportFormatter,
  ReportHeader,
} from './types';
import { formatLevel, nextLevelNeeds, percent, STATUS_MARK } from './symbols';
import { ENGLISH, Messages } from '../lib/messages';
import { tableChanges } from './formatChanges';

const ASCII = /^[\x20-\x7e]*$/;

/** Whether a code point is East Asian wide or fullwidth (two terminal columns). */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/**
 * The width of a cell in terminal columns: a code point counts once (an
 * emoji too), a Chinese, Japanese or Korean character twice.
 */
export function width(cell: string): number {
  if (ASCII.test(cell)) return cell.length;
  let total = 0;
  for (const char of cell) total += isWide(char.codePointAt(0)!) ? 2 : 1;
  return total;
}

/** Lays out rows as columns separated by two spaces; `right` aligns numeric columns. */
export function columns(
  rows: string[][],
  right: ReadonlySet<number> = new Set(),
): string[] {
  const cellWidths = rows.map(row => row.map(width));
  const widths: number[] = [];
  for (const row of cellWidths) {
    for (let i = 0; i < row.length; i++) {
      if (widths[i] === undefined || row[i] > widths[i]) widths[i] = row[i];
    }
  }
  return rows.map((row, r) => {
    let line = '';
    for (let i = 0; i < row.length; i++) {
      const pad = ' '.repeat(widths[i] - cellWidths[r][i]);
      if (i > 0) line += '  ';
      if (right.has(i)) line += pad + row[i];
      else line += i === row.length - 1 ? row[i] : row[i] + pad;
    }
    return line.trimEnd();
  });
}

function oneLine(text: string): string {
  return text.includes('\n') ? text.replace(/\s+/g, ' ').trim() : text;
}

function checkLine(check: CheckView): string {
  return `${STATUS_MARK[check.status]} ${check.checkId} (L${check.level})  ${
    check.title
  } — ${oneLine(check.message)}`;
}

function countsLine(entity: EntityReport, m: Messages): string {
  const c = entity.counts;
  const parts = [
    m.text('table.passed', { count: c.passed }),
    m.text('table.failed', { count: c.failed }),
    m.text('table.unknown', { count: c.unknown }),
  ];
  if (c.waived) parts.push(m.text('table.waived', { count: c.waived }));
  if (c.error) parts.push(m.text('table.errors', { count: c.error }));
  return parts.join(m.text('table.countSeparator'));
}

/** The header row of the domain table, made once per formatter. */
function domainHeader(m: Messages): string[] {
  return [
    m.text('table.header.domain'),
    m.text('table.header.level'),
    m.text('table.header.score'),
    m.text('table.header.pass'),
    m.text('table.header.fail'),
    m.text('table.header.unknown'),
    m.text('table.header.nextLevelNeeds'),
  ];
}

function domainRows(
  domains: DomainView[],
  header: string[],
  m: Messages,
): string[] {
  const rows = [header];
  const atTop = m.text('table.topLevel');
  for (const domain of domains.filter(d => d.applicable)) {
    rows.push([
      domain.title,
      formatLevel(domain.level, domain.levelTitle, m),
      percent(domain.score),
      String(domain.counts.passed + domain.counts.waived),
      String(domain.counts.failed + domain.counts.error),
      String(domain.counts.unknown),
      nextLevelNeeds(domain, atTop, m),
    ]);
  }
  return columns(rows, new Set([2, 3, 4, 5]));
}

function entityLines(
  entity: EntityReport,
  header: ReportHeader,
  tableHeader: string[],
  m: Messages,
): string[] {
  const scope = header.domainId
    ? m.text('table.domainLevel', { domain: header.domainId })
    : m.text('table.overallLevel');
  const lines = [
    m.text('table.entity', {
      entity: entity.entityRef,
      file: entity.location.file,
      document: entity.location.document,
      line: entity.location.line,
    }),
  ];
  lines.push(
    `  ${m.text('table.entitySummary', {
      scope,
      level: formatLevel(entity.level, entity.levelTitle, m),
      score: percent(entity.score),
      counts: countsLine(entity, m),
    })}`,
    '',
    ...domainRows(entity.domains, tableHeader, m).map(line => `  ${line}`),
  );
  const notApplicable = entity.domains.filter(d => !d.applicable);
  if (notApplicable.length > 0 && !header.domainId) {
    lines.push(
      `  ${m.text('table.notApplicable', {
        domains: notApplicable
          .map(d => d.domainId)
          .join(m.text('table.countSeparator')),
      })}`,
    );
  }
  const next = entity.domains.filter(
    d => d.nextLevel && d.nextLevel.checks.length > 0,
  );
  if (next.length > 0) {
    lines.push('', `  ${m.text('table.nextLevel')}`);
    for (const domain of sortForNextSteps(next)) {
      lines.push(
        `    ${domain.title} → ${formatLevel(
          domain.nextLevel!.level,
          domain.nextLevel!.levelTitle,
          m,
        )}`,
      );
      for (const check of domain.nextLevel!.checks)
        lines.push(`      ${checkLine(check)}`);
    }
  }
  return lines;
}

/** Domains with next steps, weakest first (they hold the overall level down). */
export function sortForNextSteps(domains: DomainView[]): DomainView[] {
  return [...domains].sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
}

/**
 * The format for terminals: per entity its levels by domain and what the next
 * levels need, in the words of `messages` (English by default).
 */
export function createTableFormatter(
  header: ReportHeader,
  messages: Messages = ENGLISH,
): ReportFormatter {
  const m = messages;
  const tableHeader = domainHeader(m);
  const notAssessed: string[] = [];
  let count = 0;
  return {
    detail: 'next',
    start: () =>
      `${m.text('table.model', {
        id: header.model.id,
        version: header.model.version,
        title: header.model.title,
      })}\n${m.text('table.offline')}\n`,
    entity(entity) {
      count += 1;
      if (entity.level === null) {
        notAssessed.push(entity.entityRef);
        return '';
      }
      return `\n${entityLines(entity, header, tableHeader, m).join('\n')}\n`;
    },
    end(context) {
      let out = count === 0 ? `\n${m.text('report.noEntities')}\n` : '';
      if (notAssessed.length > 0) {
        const entities = notAssessed.join(m.text('table.countSeparator'));
        out += `\n${
          header.domainId
            ? m.text('table.notAssessedInDomain', {
                domain: header.domainId,
                entities,
              })
            : m.text('table.notAssessed', { entities })
        }\n`;
      }
      if (context?.changes) out += tableChanges(context.changes, m);
      return out;
    },
  };
}
