import type {
  CheckView,
  DomainView,
  EntityReport,
  ReportFormatter,
  ReportHeader,
} from './types';
import { formatLevel, nextLevelNeeds, percent, STATUS_MARK } from './symbols';

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

function countsLine(entity: EntityReport): string {
  const c = entity.counts;
  const parts = [
    `${c.passed} passed`,
    `${c.failed} failed`,
    `${c.unknown} unknown`,
  ];
  if (c.waived) parts.push(`${c.waived} waived`);
  if (c.error) parts.push(`${c.error} errors`);
  return parts.join(', ');
}

function domainRows(domains: DomainView[]): string[] {
  const rows = [
    ['DOMAIN', 'LEVEL', 'SCORE', 'PASS', 'FAIL', 'UNKNOWN', 'NEXT LEVEL NEEDS'],
  ];
  for (const domain of domains.filter(d => d.applicable)) {
    rows.push([
      domain.title,
      formatLevel(domain.level, domain.levelTitle),
      percent(domain.score),
      String(domain.counts.passed + domain.counts.waived),
      String(domain.counts.failed + domain.counts.error),
      String(domain.counts.unknown),
      nextLevelNeeds(domain, 'top level'),
    ]);
  }
  return columns(rows, new Set([2, 3, 4, 5]));
}

function entityLines(entity: EntityReport, header: ReportHeader): string[] {
  const scope = header.domainId ? `${header.domainId} level` : 'Overall level';
  const lines = [
    `${entity.entityRef}  (${entity.location.file}, document ${entity.location.document}, line ${entity.location.line})`,
  ];
  lines.push(
    `  ${scope} ${formatLevel(entity.level, entity.levelTitle)} · ${percent(
      entity.score,
    )} of applicable checks pass · ${countsLine(entity)}`,
    '',
    ...domainRows(entity.domains).map(line => `  ${line}`),
  );
  const notApplicable = entity.domains.filter(d => !d.applicable);
  if (notApplicable.length > 0 && !header.domainId) {
    lines.push(
      `  Not applicable: ${notApplicable.map(d => d.domainId).join(', ')}`,
    );
  }
  const next = entity.domains.filter(
    d => d.nextLevel && d.nextLevel.checks.length > 0,
  );
  if (next.length > 0) {
    lines.push('', '  Next level:');
    for (const domain of sortForNextSteps(next)) {
      lines.push(
        `    ${domain.title} → ${formatLevel(
          domain.nextLevel!.level,
          domain.nextLevel!.levelTitle,
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

/** The format for terminals: per entity its levels by domain and what the next levels need. */
export function createTableFormatter(header: ReportHeader): ReportFormatter {
  const notAssessed: string[] = [];
  let count = 0;
  return {
    detail: 'next',
    start: () =>
      `Model ${header.model.id} ${header.model.version}: ${header.model.title}\n` +
      'Offline evaluation: relations to other entities, attestations and facts not given with --facts are unknown (?).\n',
    entity(entity) {
      count += 1;
      if (entity.level === null) {
        notAssessed.push(entity.entityRef);
        return '';
      }
      return `\n${entityLines(entity, header).join('\n')}\n`;
    },
    end() {
      let out = count === 0 ? '\nNo valid entities to evaluate.\n' : '';
      if (notAssessed.length > 0) {
        out += `\nNot assessed (no check of the model applies${
          header.domainId ? ` in ${header.domainId}` : ''
        }): ${notAssessed.join(', ')}\n`;
      }
      return out;
    },
  };
}
