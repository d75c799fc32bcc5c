import { formatProblem } from '../lib/problems';
import { sortForNextSteps } from './formatTable';
import { formatLevel, nextLevelNeeds, percent, STATUS_EMOJI } from './symbols';
import type { CheckView, EntityReport, EvaluationReport } from './types';

/** A hidden marker, so that CI jobs can find and update their earlier comment. */
export const MARKDOWN_MARKER = '<!-- maturity-cli:evaluate -->';

/** Escapes text for inline Markdown (no HTML, no table breaks). */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

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

function checkItem(check: CheckView, withRemediation: boolean): string {
  const head = `- ${STATUS_EMOJI[check.status]} **${inline(
    check.title,
  )}** (${code(check.checkId)}, L${check.level}): ${inline(check.message)}`;
  if (!withRemediation || !check.remediation) return head;
  return `${head}\n\n${indent(check.remediation, 2)}\n`;
}

function entitySection(
  entity: EntityReport,
  report: EvaluationReport,
): string[] {
  const scope = report.domainId ? ` in ${code(report.domainId)}` : '';
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
  if (notApplicable.length > 0 && !report.domainId) {
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
      !report.domainId && domain.level === entity.level
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

/** Formats an evaluation as Markdown, ready to post as a pull-request comment. */
export function formatMarkdown(report: EvaluationReport): string {
  const lines = [
    MARKDOWN_MARKER,
    '## DevOps maturity',
    '',
    `Model **${inline(report.model.title)}** (${code(report.model.id)} ${inline(
      report.model.version,
    )})${
      report.domainId ? `, domain ${code(report.domainId)}` : ''
    }. Evaluated offline: relations to other entities, attestations and facts not supplied to the check are unknown (${
      STATUS_EMOJI.unknown
    }) until the portal evaluates the merged entity.`,
    '',
  ];
  if (report.entities.length > 1) {
    lines.push('| Entity | Level | Score |', '| --- | --- | ---: |');
    for (const entity of report.entities) {
      lines.push(
        `| ${code(entity.entityRef)} | ${inline(
          formatLevel(entity.level, entity.levelTitle),
        )} | ${entity.level === null ? 'n/a' : percent(entity.score)} |`,
      );
    }
    lines.push('');
  }
  if (report.entities.length === 0)
    lines.push('No valid entities to evaluate.', '');
  const assessed = report.entities.filter(entity => entity.level !== null);
  const notAssessed = report.entities.filter(entity => entity.level === null);
  for (const entity of assessed) lines.push(...entitySection(entity, report));
  if (notAssessed.length > 0) {
    lines.push(
      `Not assessed, since no check of the model applies to them${
        report.domainId ? ` in ${code(report.domainId)}` : ''
      }: ${notAssessed.map(entity => code(entity.entityRef)).join(', ')}.`,
      '',
    );
  }
  if (report.problems.length > 0) {
    lines.push(
      `### ${STATUS_EMOJI.error} ${report.problems.length} problem${
        report.problems.length === 1 ? '' : 's'
      } in the input files`,
      '',
      ...report.problems.map(problem => `- ${code(formatProblem(problem))}`),
      '',
    );
  }
  lines.push(
    `<sub>Generated by ${code('maturity evaluate')} at ${
      report.evaluatedAt
    }.</sub>`,
    '',
  );
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
