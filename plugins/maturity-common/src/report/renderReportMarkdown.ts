import {
  escapeMarkdown as md,
  formatLevel,
  formatScore,
  formatValue,
} from './escapeText';
import { evidenceLines } from './evidenceLines';
import { reportMessages } from './reportMessages';
import type { MaturityReport } from './types';

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map(r => `| ${r.join(' | ')} |`),
    '',
  ];
}

/**
 * Renders a report as Markdown (GitHub-flavoured tables). Every text is
 * escaped: one line per cell, `|` and HTML shown as text.
 *
 * @public
 */
export function renderReportMarkdown(report: MaturityReport): string {
  const m = reportMessages(report.cover.language);
  const { cover, summary } = report;
  const lines: string[] = [];
  lines.push(
    `# ${md(m.title)}: ${md(cover.scope.title ?? cover.scope.entityRef)}`,
    '',
    `- ${md(m.scope)}: ${md(
      cover.scope.kind === 'system' ? m.system : m.group,
    )} ${md(cover.scope.entityRef)} (${md(m.entities)}: ${
      cover.scope.entityCount
    })`,
    `- ${md(m.model)}: ${md(cover.model.title)} (${md(cover.model.id)}), ${md(
      m.version,
    )} ${md(cover.model.version)}`,
    `- ${md(m.domainsReported)}: ${md(
      cover.domainFilter ? cover.domainFilter.join(', ') : m.allDomains,
    )}`,
    `- ${md(m.generatedAt)}: ${md(cover.generatedAt)}`,
    `- ${md(m.generatedBy)}: ${md(cover.generatedBy)}`,
    '',
    `## ${md(m.summary)}`,
    '',
    `**${md(m.overall)}: ${formatLevel(
      summary.level,
      md(m.notApplicable),
    )}**; ${md(m.score)}: ${formatScore(summary.score)}`,
    '',
    ...table(
      [md(m.domain), md(m.part), md(m.level), md(m.score), md(m.entities)],
      summary.domains.map(d => [
        md(d.title),
        md(d.part ?? ''),
        formatLevel(d.level, md(m.notApplicable)),
        formatScore(d.score),
        String(d.entityCount),
      ]),
    ),
    ...table(
      [md(m.entity), md(m.kind), md(m.level), md(m.score)],
      report.entities.map(e => [
        md(e.title ? `${e.title} (${e.entityRef})` : e.entityRef),
        md(e.kind),
        e.notEvaluated
          ? md(m.notEvaluated)
          : formatLevel(e.level, md(m.notApplicable)),
        e.notEvaluated ? '' : formatScore(e.score),
      ]),
    ),
  );
  for (const domain of report.domains) {
    lines.push(
      `## ${md(domain.title)}${
        domain.part ? ` (${md(domain.part)})` : ''
      }: ${formatLevel(domain.level, md(m.notApplicable))}`,
      '',
      `${md(m.score)}: ${formatScore(domain.score)}; ${md(m.entities)}: ${
        domain.entityCount
      }${
        domain.weakestEntityRefs.length
          ? `; ${md(m.weakest)}: ${md(domain.weakestEntityRefs.join(', '))}`
          : ''
      }`,
      '',
      `### ${md(m.history)}`,
      '',
      ...table(
        [md(m.month), md(m.level)],
        domain.history.map(p => [
          p.at.slice(0, 10),
          formatLevel(p.level, md(m.notApplicable)),
        ]),
      ),
    );
    if (domain.nextLevel) {
      lines.push(`### ${md(m.nextLevel)} L${domain.nextLevel.level}`, '');
      if (domain.nextLevel.checks.length) {
        for (const c of domain.nextLevel.checks) {
          lines.push(
            `- ${md(c.title)} (${md(c.checkId)}): ${md(m.failingEntities)} ${md(
              c.entityRefs.join(', '),
            )}`,
          );
        }
      } else {
        lines.push(md(m.nothingMissing));
      }
      lines.push('');
    } else if (domain.level === 5) {
      lines.push(md(m.topLevel), '');
    }
    for (const capability of domain.capabilities) {
      lines.push(`### ${md(capability.title)}`, '');
      for (const check of capability.checks) {
        if (!check.results.length) continue;
        lines.push(
          `#### L${check.level} ${md(check.title)} (${md(check.checkId)}, ${md(
            m.verification[check.verification],
          )})`,
          '',
          ...table(
            [
              md(m.entity),
              md(m.status),
              md(m.value),
              md(m.source),
              md(m.evidence),
            ],
            check.results.map(r => [
              md(r.entityRef),
              md(m.statuses[r.status]),
              md([formatValue(r.value), r.message].filter(Boolean).join(' — ')),
              md(r.source),
              evidenceLines(r.evidence, m)
                .map(line => md(line.text))
                .join('<br>'),
            ]),
          ),
        );
      }
    }
  }
  lines.push(`## ${md(m.appendix)}`, '', `### ${md(m.levelDescriptors)}`, '');
  lines.push(
    ...table(
      [md(m.level), '', ''],
      report.appendix.levels.map(l => [
        `L${l.level}`,
        md(l.title),
        md(l.description ?? ''),
      ]),
    ),
  );
  for (const note of report.appendix.notes) lines.push(`- ${md(note)}`);
  lines.push('');
  return lines.join('\n');
}
