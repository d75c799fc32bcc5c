import {
  escapeHtml as h,
  formatLevel,
  formatScore,
  formatValue,
  safeUrl,
} from './escapeText';
import { evidenceLines } from './evidenceLines';
import { reportMessages } from './reportMessages';
import type { MaturityReport, ReportDomain } from './types';

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;margin:2rem;line-height:1.4}
h1{font-size:1.8rem}h2{font-size:1.4rem;border-bottom:2px solid #1f5c99;padding-bottom:.2rem}
h3{font-size:1.15rem}h4{font-size:1rem;margin-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.85rem}
th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef3f8}
.level{font-weight:700}.passed{color:#1b7f3b}.failed,.error{color:#b3261e}.unknown{color:#8a6d00}.waived{color:#5b4fb3}
dl.cover{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.cover dt{font-weight:700}
ul.evidence{margin:0;padding-left:1rem}
@media print{
body{margin:0}
section.domain{break-before:page;page-break-before:always}
section.appendix{break-before:page;page-break-before:always}
thead{display:table-header-group}
tr,li{break-inside:avoid;page-break-inside:avoid}
h2,h3,h4{break-after:avoid;page-break-after:avoid}
a{color:inherit;text-decoration:none}
}
@page{size:A4;margin:15mm}
`;

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head
    .map(c => `<th>${c}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(r => `<tr>${r.map(c => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function domainSection(
  domain: ReportDomain,
  m: ReturnType<typeof reportMessages>,
): string {
  const out: string[] = [];
  out.push(
    `<section class="domain" id="domain-${h(domain.domainId)}"><h2>${h(
      domain.title,
    )}${domain.part ? ` (${h(domain.part)})` : ''}: <span class="level">${h(
      formatLevel(domain.level, m.notApplicable),
    )}</span></h2>`,
  );
  out.push(
    `<p>${h(m.score)}: ${formatScore(domain.score)}; ${h(m.entities)}: ${
      domain.entityCount
    }${
      domain.weakestEntityRefs.length
        ? `; ${h(m.weakest)}: ${h(domain.weakestEntityRefs.join(', '))}`
        : ''
    }</p>`,
  );
  if (domain.description) out.push(`<p>${h(domain.description)}</p>`);
  out.push(`<h3>${h(m.history)}</h3>`);
  out.push(
    table(
      [h(m.month), h(m.level)],
      domain.history.map(p => [
        h(p.at.slice(0, 10)),
        h(formatLevel(p.level, m.notApplicable)),
      ]),
    ),
  );
  if (domain.nextLevel) {
    out.push(`<h3>${h(m.nextLevel)} L${domain.nextLevel.level}</h3>`);
    out.push(
      domain.nextLevel.checks.length
        ? `<ul>${domain.nextLevel.checks
            .map(
              c =>
                `<li>${h(c.title)} <code>${h(c.checkId)}</code>: ${h(
                  m.failingEntities,
                )} ${h(c.entityRefs.join(', '))}</li>`,
            )
            .join('')}</ul>`
        : `<p>${h(m.nothingMissing)}</p>`,
    );
  } else if (domain.level === 5) {
    out.push(`<p>${h(m.topLevel)}</p>`);
  }
  for (const capability of domain.capabilities) {
    out.push(`<h3>${h(capability.title)}</h3>`);
    for (const check of capability.checks) {
      if (!check.results.length) continue;
      out.push(
        `<h4>L${check.level} ${h(check.title)} <code>${h(
          check.checkId,
        )}</code> (${h(m.verification[check.verification])})</h4>`,
      );
      out.push(
        table(
          [h(m.entity), h(m.status), h(m.value), h(m.source), h(m.evidence)],
          check.results.map(r => {
            const lines = evidenceLines(r.evidence, m);
            return [
              h(r.entityRef),
              `<span class="${h(r.status)}">${h(m.statuses[r.status])}</span>`,
              `${h(formatValue(r.value))}${
                r.message ? `<br>${h(r.message)}` : ''
              }`,
              h(r.source),
              lines.length
                ? `<ul class="evidence">${lines
                    .map(line => {
                      const url = line.url ? safeUrl(line.url) : undefined;
                      return `<li>${
                        url
                          ? `<a href="${h(url)}">${h(line.text)}</a>`
                          : h(line.text)
                      }</li>`;
                    })
                    .join('')}</ul>`
                : '',
            ];
          }),
        ),
      );
    }
  }
  out.push('</section>');
  return out.join('\n');
}

/**
 * Renders a report as one self-contained HTML page (inline CSS, print CSS
 * with a page per domain, no external assets). Every text is escaped.
 *
 * @public
 */
export function renderReportHtml(report: MaturityReport): string {
  const m = reportMessages(report.cover.language);
  const { cover, summary } = report;
  const scopeName = cover.scope.title ?? cover.scope.entityRef;
  const out: string[] = [];
  out.push(
    `<!DOCTYPE html><html lang="${h(
      cover.language,
    )}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${h(m.title)}: ${h(
      scopeName,
    )}</title><style>${STYLE}</style></head><body>`,
  );
  out.push(
    `<header class="cover"><h1>${h(m.title)}</h1><h2>${h(scopeName)}</h2>`,
  );
  out.push(
    `<dl class="cover"><dt>${h(m.scope)}</dt><dd>${h(
      cover.scope.kind === 'system' ? m.system : m.group,
    )}: ${h(cover.scope.entityRef)} (${h(m.entities)}: ${
      cover.scope.entityCount
    })</dd><dt>${h(m.model)}</dt><dd>${h(cover.model.title)} (${h(
      cover.model.id,
    )})</dd><dt>${h(m.version)}</dt><dd>${h(cover.model.version)}</dd><dt>${h(
      m.domainsReported,
    )}</dt><dd>${h(
      cover.domainFilter ? cover.domainFilter.join(', ') : m.allDomains,
    )}</dd><dt>${h(m.generatedAt)}</dt><dd>${h(cover.generatedAt)}</dd><dt>${h(
      m.generatedBy,
    )}</dt><dd>${h(cover.generatedBy)}</dd></dl></header>`,
  );
  out.push(`<section class="summary"><h2>${h(m.summary)}</h2>`);
  out.push(
    `<p class="level">${h(m.overall)}: ${h(
      formatLevel(summary.level, m.notApplicable),
    )}; ${h(m.score)}: ${formatScore(summary.score)}</p>`,
  );
  out.push(
    table(
      [h(m.domain), h(m.part), h(m.level), h(m.score), h(m.entities)],
      summary.domains.map(d => [
        `<a href="#domain-${h(d.domainId)}">${h(d.title)}</a>`,
        h(d.part ?? ''),
        `<span class="level">${h(
          formatLevel(d.level, m.notApplicable),
        )}</span>`,
        formatScore(d.score),
        String(d.entityCount),
      ]),
    ),
  );
  out.push(
    table(
      [h(m.entity), h(m.kind), h(m.level), h(m.score)],
      report.entities.map(e => [
        h(e.title ? `${e.title} (${e.entityRef})` : e.entityRef),
        h(e.kind),
        h(
          e.notEvaluated
            ? m.notEvaluated
            : formatLevel(e.level, m.notApplicable),
        ),
        e.notEvaluated ? '' : formatScore(e.score),
      ]),
    ),
  );
  out.push('</section>');
  for (const domain of report.domains) out.push(domainSection(domain, m));
  out.push(
    `<section class="appendix"><h2>${h(m.appendix)}</h2><h3>${h(
      m.levelDescriptors,
    )}</h3>`,
  );
  out.push(
    table(
      [h(m.level), '', ''],
      report.appendix.levels.map(l => [
        `L${l.level}`,
        h(l.title),
        h(l.description ?? ''),
      ]),
    ),
  );
  out.push(
    `<ul>${report.appendix.notes.map(n => `<li>${h(n)}</li>`).join('')}</ul>`,
  );
  out.push('</section></body></html>');
  return out.join('\n');
}
