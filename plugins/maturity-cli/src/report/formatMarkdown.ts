import { code, inline } from '../lib/markdownText';
import { ENGLISH, Messages } from '../lib/messages';
import { formatProblem } from '../lib/problems';
import type { ReportChanges } from './compareWithBase';
import { changesSummary, markdownChangeItem } from './formatChanges';
import { sortForNextSteps } from './formatTable';
import { clip, MarkdownBudget } from './markdownBudget';
import { formatLevel, percent, STATUS_EMOJI } from './symbols';
import type {
  CheckView,
  EntityReport,
  ReportFormatter,
  ReportHeader,
} from './types';

/** A hidden marker, so that CI jobs can find and update their earlier comment. */
export const MARKDOWN_MARKER = '<!-- maturity-cli:evaluate -->';

/** The default `--max-chars`: below GitHub's 65 536 characters of a comment, with room to spare. */
export const DEFAULT_MARKDOWN_MAX_CHARS = 60_000;

/** The command that gives the full report, named by the note of what was left out. */
const FULL_REPORT_COMMAND =
  'maturity evaluate … --format json --output maturity.json';

/** Indents Markdown so that it continues a list item. */
function indent(markdown: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return markdown
    .split('\n')
    .map(line => (line.trim() ? pad + line : ''))
    .join('\n');
}

function levelText(
  level: number | null,
  title: string | null,
  messages: Messages,
): string {
  if (level === null) return messages.text('markdown.notApplicable');
  const named = messages.text('level.named', { level });
  return title ? `${named} · ${title}` : named;
}

/** Joins lines as Markdown, at most one blank line in a row, ending with one. */
function block(lines: string[]): string {
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n+$/, '')}\n\n`;
}

/**
 * A failed check with what fixes it. The remediation is given the first
 * time the check fails (sections are written in the order they are made);
 * later items point above. The text of a check is made once.
 */
function createCheckItems(messages: Messages) {
  const texts = new Map<string, { label: string; remediation: string }>();
  const above = messages.text('markdown.remediationAbove');
  return (check: CheckView): string => {
    let text = texts.get(check.checkId);
    let remediation: string;
    if (!text) {
      text = {
        label: ` ${messages.text('markdown.checkLabel', {
          title: inline(check.title),
          id: code(check.checkId),
          level: check.level,
        })}`,
        remediation: check.remediation ? above : '',
      };
      texts.set(check.checkId, text);
      remediation = check.remediation
        ? `\n\n${indent(check.remediation, 2)}\n`
        : '';
    } else {
      remediation = text.remediation;
    }
    return `- ${STATUS_EMOJI[check.status]}${text.label}${inline(
      check.message,
    )}${remediation}`;
  };
}

type CheckItem = ReturnType<typeof createCheckItems>;

const isFailed = (check: CheckView) =>
  check.status === 'failed' || check.status === 'error';

/** What the end needs of an assessed entity: its texts, made when it is given. */
interface EntityEntry {
  /** Its row of the summary table. */
  row: string;
  /** Its section of next steps; absent when no check of its next levels fails. */
  section?: string;
  /** Failed checks (and errors) of its next levels. */
  failed: number;
  /** Unknown checks of its next levels. */
  unknown: number;
}

function summarize(
  entity: EntityReport,
  header: ReportHeader,
  checkItem: CheckItem,
  m: Messages,
): EntityEntry {
  const next = sortForNextSteps(
    entity.domains.filter(d => d.nextLevel && d.nextLevel.checks.length > 0),
  );
  let failed = 0;
  let unknown = 0;
  for (const domain of next) {
    for (const check of domain.nextLevel!.checks) {
      if (isFailed(check)) failed += 1;
      else if (check.status === 'unknown') unknown += 1;
    }
  }
  const domains = entity.domains
    .filter(d => d.applicable)
    .map(d => `${inline(d.title)} ${d.level ?? m.text('level.notApplicable')}`)
    .join(' · ');
  const needs =
    next.length === 0
      ? m.text('markdown.topLevelReached')
      : m.text('markdown.summaryNextCounts', { failed, unknown });
  const row = `| ${code(entity.entityRef)} | ${inline(
    formatLevel(entity.level, entity.levelTitle, m),
  )} | ${domains} | ${needs} |`;
  if (failed === 0) return { row, failed, unknown };

  const scope = header.domainId
    ? m.text('markdown.inDomain', { domain: code(header.domainId) })
    : '';
  const c = entity.counts;
  const lines = [
    `### ${m.text('markdown.entityHeading', {
      entity: code(entity.entityRef),
      level: levelText(entity.level, entity.levelTitle, m),
      scope,
    })}`,
    '',
    m.text('markdown.entitySummary', {
      location: m.text('markdown.location', {
        file: code(entity.location.file),
        document: entity.location.document,
      }),
      score: percent(entity.score),
      passed: c.passed + c.waived,
      failed: c.failed + c.error,
      unknown: c.unknown,
    }),
    '',
  ];
  for (const domain of next) {
    const target = domain.nextLevel!;
    const failing = target.checks.filter(isFailed);
    if (failing.length === 0) continue;
    const limiting =
      !header.domainId && domain.level === entity.level
        ? m.text('markdown.holdsOverallDown')
        : '';
    lines.push(
      `**${m.text('markdown.nextTarget', {
        domain: inline(domain.title),
        level: target.level,
        title: inline(target.levelTitle),
      })}**${limiting}`,
      '',
      ...failing.map(checkItem),
      '',
    );
  }
  if (unknown > 0) {
    lines.push(
      m.count('markdown.unknownMore', unknown, { mark: STATUS_EMOJI.unknown }),
    );
  }
  return { row, section: block(lines), failed, unknown };
}

/** What the note of what was left out counts. */
interface LeftOut {
  problems: number;
  changes: number;
  rows: number;
  details: number;
  detailChecks: number;
  notAssessed: number;
}

function leftOutNote(leftOut: LeftOut, max: number, m: Messages): string {
  const parts: string[] = [];
  if (leftOut.problems)
    parts.push(m.count('markdown.leftOut.problems', leftOut.problems));
  if (leftOut.changes)
    parts.push(m.count('markdown.leftOut.changes', leftOut.changes));
  if (leftOut.rows) parts.push(m.count('markdown.leftOut.rows', leftOut.rows));
  if (leftOut.details) {
    parts.push(
      m.count('markdown.leftOut.details', leftOut.details, {
        checks: leftOut.detailChecks,
      }),
    );
  }
  if (leftOut.notAssessed) {
    parts.push(m.count('markdown.leftOut.notAssessed', leftOut.notAssessed));
  }
  if (parts.length === 0) return '';
  return block([
    `> ✂️ ${m.text('markdown.leftOut', {
      max,
      parts: parts.join(m.text('list.separator')),
      command: code(FULL_REPORT_COMMAND),
    })}`,
  ]);
}

/**
 * Adds a heading block and then as many items as fit; returns the text and
 * how many items did not fit. Nothing when not even the first item fits.
 */
function takeList(
  budget: MarkdownBudget,
  head: string[],
  items: string[],
): { text: string; left: number } {
  const textOf = (count: number) => block([...head, ...items.slice(0, count)]);
  // an estimate from the sizes, then exact
  let taken = 0;
  let size = block(head).length;
  while (taken < items.length && budget.fits(size + items[taken].length + 1)) {
    size += items[taken].length + 1;
    taken += 1;
  }
  while (taken > 0 && !budget.fits(textOf(taken).length)) taken -= 1;
  if (taken === 0) return { text: '', left: items.length };
  return { text: budget.force(textOf(taken)), left: items.length - taken };
}

/** Options of the Markdown format. */
export interface MarkdownFormatOptions {
  /** The most characters the output may have (`--max-chars`). */
  maxChars?: number;
}

/**
 * The format for pull-request comments, never longer than `maxChars`: what
 * fails the job first (problems of the input), then the level changes
 * against the base, a summary row per entity (levels by domain), and the next
 * steps of every entity with failed checks, each with its remediation.
 * Unknown checks are counted, not listed. When the next part would not fit,
 * parts are left out whole (an entity at a time) and a note says what and how
 * to get the full report. Everything is written at the end. Its own words are
 * those of `messages` (English by default).
 */
export function createMarkdownFormatter(
  header: ReportHeader,
  messages: Messages = ENGLISH,
  options: MarkdownFormatOptions = {},
): ReportFormatter {
  const m = messages;
  const max = options.maxChars ?? DEFAULT_MARKDOWN_MAX_CHARS;
  const checkItem = createCheckItems(m);
  const entries: EntityEntry[] = [];
  const notAssessed: string[] = [];
  return {
    detail: 'next',
    start: () => '',
    entity(entity) {
      if (entity.level === null) notAssessed.push(code(entity.entityRef));
      else entries.push(summarize(entity, header, checkItem, m));
      return '';
    },
    end(context) {
      return render({
        header,
        m,
        max,
        entries,
        notAssessed,
        changes: context?.changes,
      });
    },
  };
}

function render(input: {
  header: ReportHeader;
  m: Messages;
  max: number;
  entries: EntityEntry[];
  notAssessed: string[];
  changes?: ReportChanges;
}): string {
  const { header, m, max, entries, notAssessed, changes } = input;
  const title = block([MARKDOWN_MARKER, `## ${m.text('markdown.title')}`]);
  const intro = block([
    m.text('markdown.intro', {
      title: inline(header.model.title),
      id: code(header.model.id),
      version: inline(header.model.version),
      scope: header.domainId
        ? m.text('markdown.introDomain', { domain: code(header.domainId) })
        : '',
      unknown: STATUS_EMOJI.unknown,
    }),
  ]);
  const footer = `<sub>${m.text('markdown.generated', {
    command: code('maturity evaluate'),
    time: header.evaluatedAt,
  })}</sub>\n`;
  const withDetails = entries.filter(e => e.section);
  // the longest note: every count at its largest
  const longestNote = leftOutNote(
    {
      problems: header.problems.length,
      changes: changes?.entities.length ?? 0,
      rows: entries.length,
      details: withDetails.length,
      detailChecks: withDetails.reduce((sum, e) => sum + e.failed, 0),
      notAssessed: notAssessed.length,
    },
    max,
    m,
  );
  const budget = new MarkdownBudget({
    limit: max,
    reserve: longestNote.length + footer.length,
  });
  const leftOut: LeftOut = {
    problems: 0,
    changes: 0,
    rows: 0,
    details: 0,
    detailChecks: 0,
    notAssessed: 0,
  };
  const out = {
    head: budget.force(title) + (budget.take(intro) ?? ''),
    problems: '',
    changes: '',
    summary: '',
    details: '',
    notAssessed: '',
  };

  if (header.problems.length > 0) {
    const list = takeList(
      budget,
      [
        `### ${STATUS_EMOJI.error} ${m.count(
          'markdown.problems',
          header.problems.length,
        )}`,
        '',
        m.text('markdown.problemsFailJob'),
        '',
      ],
      header.problems.map(problem => `- ${code(formatProblem(problem))}`),
    );
    out.problems = list.text;
    leftOut.problems = list.left;
  }

  if (changes) {
    const list = takeList(
      budget,
      [
        `### ${m.text('changes.heading')}`,
        '',
        changesSummary(changes, m, true),
        '',
      ],
      changes.entities.map(change => markdownChangeItem(change, m)),
    );
    out.changes = list.text;
    leftOut.changes = list.left;
  }

  if (entries.length === 0) {
    out.summary = budget.take(block([m.text('report.noEntities')])) ?? '';
  } else {
    const list = takeList(
      budget,
      [
        `| ${m.text('markdown.entity')} | ${m.text(
          'markdown.level',
        )} | ${m.text('markdown.summaryDomains')} | ${m.text(
          'markdown.summaryNext',
        )} |`,
        '| --- | --- | --- | --- |',
      ],
      entries.map(e => e.row),
    );
    out.summary = list.text;
    leftOut.rows = list.left;
    if (list.text && entries.some(e => e.unknown > 0)) {
      out.summary +=
        budget.take(
          block([
            m.text('markdown.unknownHint', {
              mark: STATUS_EMOJI.unknown,
              table: code('--format table'),
              json: code('--format json'),
            }),
          ]),
        ) ?? '';
    }
  }

  if (notAssessed.length > 0) {
    const sentence = (shown: number) => {
      const names = notAssessed.slice(0, shown);
      if (shown < notAssessed.length) names.push('…');
      const entities = names.join(m.text('list.separator'));
      return block([
        header.domainId
          ? m.text('markdown.notAssessedInDomain', {
              domain: code(header.domainId),
              entities,
            })
          : m.text('markdown.notAssessed', { entities }),
      ]);
    };
    // an estimate from the sizes, then exact
    const separator = m.text('list.separator').length;
    let shown = 0;
    let size = sentence(0).length;
    while (
      shown < notAssessed.length &&
      budget.fits(size + notAssessed[shown].length + separator)
    ) {
      size += notAssessed[shown].length + separator;
      shown += 1;
    }
    while (shown > 0 && !budget.fits(sentence(shown).length)) shown -= 1;
    if (shown > 0) out.notAssessed = budget.force(sentence(shown));
    leftOut.notAssessed = notAssessed.length - shown;
  }

  // next steps an entity at a time, in order, until one does not fit
  let index = 0;
  for (; index < withDetails.length; index++) {
    const section = budget.take(withDetails[index].section!);
    if (section === undefined) break;
    out.details += section;
  }
  for (const rest of withDetails.slice(index)) {
    leftOut.details += 1;
    leftOut.detailChecks += rest.failed;
  }

  const text =
    out.head +
    out.problems +
    out.changes +
    out.summary +
    out.details +
    out.notAssessed +
    leftOutNote(leftOut, max, m) +
    footer;
  // Only a budget smaller than the title and the note comes here.
  return clip(text, max);
}
