import { code, inline } from '../lib/markdownText';
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

function levelText(level: number | null, title: string | null): string {
  if (level === null) return 'not applicable';
  return title ? `level ${level} · ${title}` : `level ${level}`;
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
function createCheckItems() {
  const texts = new Map<string, CheckText>();
  return (check: CheckView, withRemediation: boolean): string => {
    let text = texts.get(check.checkId);
    if (!text) {
      text = {
        label: ` **${inline(check.title)}** (${code(check.checkId)}, L${
          check.level
        }): `,
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
): string[] {
  const scope = header.domainId ? ` in ${code(header.domainId)}` : '';
  const lines = [
    `### ${code(entity.entityRef)}: ${levelText(
      entity.level,
      entity.levelTitle,
    )}${scope}`,
    '',
  ];
  const where = `${code(entity.location.file)} document ${
    entity.location.document
  }`;
  const c = entity.counts;
  lines.push(
    `${where} · ${percent(entity.score)} of applicable checks pass (${
      c.passed + c.waived
    } passed, ${c.failed + c.error} failed, ${c.unknown} unknown)`,
    '',
    '| Domain | Level | Score | Next level needs |',
    '| --- | --- | ---: | --- |',
  );
  for (const domain of entity.domains.filter(d => d.applicable)) {
    const next = nextLevelNeeds(domain, 'top level reached');
    lines.push(
      `| ${inline(domain.title)} | ${inline(
        formatLevel(domain.level, domain.levelTitle),
      )} | ${percent(domain.score)} | ${next} |`,
    );
  }
  const notApplicable = entity.domains.filter(d => !d.applicable);
  if (notApplicable.length > 0 && !header.domainId) {
    lines.push(
      '',
      `Not applicable to this entity: ${notApplicable
        .map(d => inline(d.title))
        .join(', ')}.`,
    );
  }

  const passing = entity.domains.flatMap(d => d.passing);
  lines.push('', '#### What passes', '');
  if (passing.length === 0) {
    lines.push('Nothing yet.');
  } else {
    lines.push(
      `<details><summary>${
        passing.length === 1
          ? '1 check passes'
          : `${passing.length} checks pass`
      }</summary>`,
      '',
      ...passing.map(check => checkItem(check, false)),
      '',
      '</details>',
    );
  }

  const next = sortForNextSteps(
    entity.domains.filter(d => d.nextLevel && d.nextLevel.checks.length > 0),
  );
  lines.push('', '#### What to do next', '');
  if (next.length === 0) {
    lines.push('Every applicable domain is at the top level. 🎉');
  }
  for (const domain of next) {
    const target = domain.nextLevel!;
    const limiting =
      !header.domainId && domain.level === entity.level
        ? ' (holds the overall level down)'
        : '';
    lines.push(
      `**${inline(domain.title)} → level ${target.level} · ${inline(
        target.levelTitle,
      )}**${limiting}`,
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
 */
export function createMarkdownFormatter(header: ReportHeader): ReportFormatter {
  const checkItem = createCheckItems();
  const summary: string[] = [];
  const sections: string[] = [];
  const notAssessed: string[] = [];
  return {
    detail: 'passing',
    start: () =>
      block([
        MARKDOWN_MARKER,
        '## DevOps maturity',
        '',
        `Model **${inline(header.model.title)}** (${code(
          header.model.id,
        )} ${inline(header.model.version)})${
          header.domainId ? `, domain ${code(header.domainId)}` : ''
        }. Evaluated offline: relations to other entities, attestations and facts not supplied to the check are unknown (${
          STATUS_EMOJI.unknown
        }) until the portal evaluates the merged entity.`,
      ]),
    entity(entity) {
      summary.push(
        `| ${code(entity.entityRef)} | ${inline(
          formatLevel(entity.level, entity.levelTitle),
        )} | ${entity.level === null ? 'n/a' : percent(entity.score)} |`,
      );
      if (entity.level === null) notAssessed.push(code(entity.entityRef));
      else sections.push(block(entitySection(entity, header, checkItem)));
      return '';
    },
    end() {
      let out = '';
      if (summary.length > 1) {
        out += block([
          '| Entity | Level | Score |',
          '| --- | --- | ---: |',
          ...summary,
        ]);
      }
      if (summary.length === 0)
        out += block(['No valid entities to evaluate.']);
      out += sections.join('');
      if (notAssessed.length > 0) {
        out += block([
          `Not assessed, since no check of the model applies to them${
            header.domainId ? ` in ${code(header.domainId)}` : ''
          }: ${notAssessed.join(', ')}.`,
        ]);
      }
      if (header.problems.length > 0) {
        out += block([
          `### ${STATUS_EMOJI.error} ${header.problems.length} problem${
            header.problems.length === 1 ? '' : 's'
          } in the input files`,
          '',
          ...header.problems.map(
            problem => `- ${code(formatProblem(problem))}`,
          ),
        ]);
      }
      return `${out}<sub>Generated by ${code('maturity evaluate')} at ${
        header.evaluatedAt
      }.</sub>\n`;
    },
  };
}
