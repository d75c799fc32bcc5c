import { code, inline } from '../lib/markdownText';
import { ENGLISH, Messages } from '../lib/messages';
import { formatProblem } from '../lib/problems';
import { sortForNextSteps } from './formatTable';
import { formatLevel, nextLevelNeeds, percent, STATUS_EMOJI } from './symbols';
import type {
  CheckView,
  EntityReport,
  ReportFormatter,
  ReportHeader,
} from './types';

/** A hidden marker, so that CI jobs can find and update their earlier comment. */
export const MARKDOWN_MARKER = '<!-- maturity-cli:evaluate -->';

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

/** What a check's list items repeat for every entity, made once per check. */
interface CheckText {
  /** ` **title** (`id`, L2): ` */
  label: string;
  /** The remediation indented under the item, or empty. */
  remediation: string;
}

/**
 * Writes check list items; the text of a check that does not depend on the
 * entity is made once.
 */
function createCheckItems(messages: Messages) {
  const texts = new Map<string, CheckText>();
  return (check: CheckView, withRemediation: boolean): string => {
    let text = texts.get(check.checkId);
    if (!text) {
      text = {
        label: ` ${messages.text('markdown.checkLabel', {
          title: inline(check.title),
          id: code(check.checkId),
          level: check.level,
        })}`,
        remediation: check.remediation
          ? `\n\n${indent(check.remediation, 2)}\n`
          : '',
      };
      texts.set(check.checkId, text);
    }
    const head = `- ${STATUS_EMOJI[check.status]}${text.label}${inline(
      check.message,
    )}`;
    return withRemediation ? head + text.remediation : head;
  };
}

type CheckItem = ReturnType<typeof createCheckItems>;

/** Joins lines as Markdown, at most one blank line in a row, ending with one. */
function block(lines: string[]): string {
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n+$/, '')}\n\n`;
}

function entitySection(
  entity: EntityReport,
  header: ReportHeader,
  checkItem: CheckItem,
  messages: Messages,
): string[] {
  const m = messages;
  const scope = header.domainId
    ? m.text('markdown.inDomain', { domain: code(header.domainId) })
    : '';
  const lines = [
    `### ${m.text('markdown.entityHeading', {
      entity: code(entity.entityRef),
      level: levelText(entity.level, entity.levelTitle, m),
      scope,
    })}`,
    '',
  ];
  const location = m.text('markdown.location', {
    file: code(entity.location.file),
    document: entity.location.document,
  });
  const c = entity.counts;
  lines.push(
    m.text('markdown.entitySummary', {
      location,
      score: percent(entity.score),
      passed: c.passed + c.waived,
      failed: c.failed + c.error,
      unknown: c.unknown,
    }),
    '',
    `| ${m.text('markdown.domain')} | ${m.text('markdown.level')} | ${m.text(
      'markdown.score',
    )} | ${m.text('markdown.nextLevelNeeds')} |`,
    '| --- | --- | ---: | --- |',
  );
  const atTop = m.text('markdown.topLevelReached');
  for (const domain of entity.domains.filter(d => d.applicable)) {
    const next = nextLevelNeeds(domain, atTop, m);
    lines.push(
      `| ${inline(domain.title)} | ${inline(
        formatLevel(domain.level, domain.levelTitle, m),
      )} | ${percent(domain.score)} | ${next} |`,
    );
  }
  const notApplicable = entity.domains.filter(d => !d.applicable);
  if (notApplicable.length > 0 && !header.domainId) {
    lines.push(
      '',
      m.text('markdown.notApplicableDomains', {
        domains: notApplicable
          .map(d => inline(d.title))
          .join(m.text('list.separator')),
      }),
    );
  }

  const passing = entity.domains.flatMap(d => d.passing);
  lines.push('', `#### ${m.text('markdown.whatPasses')}`, '');
  if (passing.length === 0) {
    lines.push(m.text('markdown.nothingYet'));
  } else {
    lines.push(
      `<details><summary>${m.count(
        'markdown.checksPass',
        passing.length,
      )}</summary>`,
      '',
      ...passing.map(check => checkItem(check, false)),
      '',
      '</details>',
    );
  }

  const next = sortForNextSteps(
    entity.domains.filter(d => d.nextLevel && d.nextLevel.checks.length > 0),
  );
  lines.push('', `#### ${m.text('markdown.whatNext')}`, '');
  if (next.length === 0) {
    lines.push(m.text('markdown.allAtTop'));
  }
  for (const domain of next) {
    const target = domain.nextLevel!;
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
      ...target.checks.map(check => checkItem(check, true)),
      '',
    );
  }
  return lines;
}

/**
 * The format for pull-request comments: a summary table of every entity, then
 * per entity its levels by domain, what passes (collapsed) and what to do
 * next. The summary comes first, so the sections are kept until the end.
 * Its own words are those of `messages` (English by default).
 */
export function createMarkdownFormatter(
  header: ReportHeader,
  messages: Messages = ENGLISH,
): ReportFormatter {
  const m = messages;
  const checkItem = createCheckItems(m);
  const summary: string[] = [];
  const sections: string[] = [];
  const notAssessed: string[] = [];
  return {
    detail: 'passing',
    start: () =>
      block([
        MARKDOWN_MARKER,
        `## ${m.text('markdown.title')}`,
        '',
        m.text('markdown.intro', {
          title: inline(header.model.title),
          id: code(header.model.id),
          version: inline(header.model.version),
          scope: header.domainId
            ? m.text('markdown.introDomain', { domain: code(header.domainId) })
            : '',
          unknown: STATUS_EMOJI.unknown,
        }),
      ]),
    entity(entity) {
      summary.push(
        `| ${code(entity.entityRef)} | ${inline(
          formatLevel(entity.level, entity.levelTitle, m),
        )} | ${
          entity.level === null
            ? m.text('level.notApplicable')
            : percent(entity.score)
        } |`,
      );
      if (entity.level === null) notAssessed.push(code(entity.entityRef));
      else sections.push(block(entitySection(entity, header, checkItem, m)));
      return '';
    },
    end() {
      let out = '';
      if (summary.length > 1) {
        out += block([
          `| ${m.text('markdown.entity')} | ${m.text(
            'markdown.level',
          )} | ${m.text('markdown.score')} |`,
          '| --- | --- | ---: |',
          ...summary,
        ]);
      }
      if (summary.length === 0) out += block([m.text('report.noEntities')]);
      out += sections.join('');
      if (notAssessed.length > 0) {
        const entities = notAssessed.join(m.text('list.separator'));
        out += block([
          header.domainId
            ? m.text('markdown.notAssessedInDomain', {
                domain: code(header.domainId),
                entities,
              })
            : m.text('markdown.notAssessed', { entities }),
        ]);
      }
      if (header.problems.length > 0) {
        out += block([
          `### ${STATUS_EMOJI.error} ${m.count(
            'markdown.problems',
            header.problems.length,
          )}`,
          '',
          ...header.problems.map(
            problem => `- ${code(formatProblem(problem))}`,
          ),
        ]);
      }
      return `${out}<sub>${m.text('markdown.generated', {
        command: code('maturity evaluate'),
        time: header.evaluatedAt,
      })}</sub>\n`;
    },
  };
}
