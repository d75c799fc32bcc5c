import type {
  DescribedCheck,
  EvidenceKind,
  ModelDescription,
} from '@devops-maturity/plugin-maturity-common';
import { code, inline } from '../lib/markdownText';
import { ENGLISH, Messages } from '../lib/messages';

/** Shown in a table cell without content. */
const NONE = '—';

const EVIDENCE_KINDS: ReadonlyArray<EvidenceKind> = [
  'fact',
  'catalog',
  'attestation',
];

/**
 * Levels as ranges: `[1, 2, 3, 5]` → `1–3, 5`; `—` when there are none.
 */
export function formatLevelRanges(levels: number[]): string {
  if (levels.length === 0) return NONE;
  const sorted = [...new Set(levels)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i++) {
    if (sorted[i] === sorted[i - 1] + 1) continue;
    const end = sorted[i - 1];
    ranges.push(start === end ? `${start}` : `${start}–${end}`);
    start = sorted[i];
  }
  return ranges.join(', ');
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.join(' | ')} |`),
  ];
}

function entityFields(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [code(`${prefix}: ${String(value)}`)];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    entityFields(v, prefix ? `${prefix}.${k}` : k),
  );
}

/**
 * Formats a model description as Markdown for GitHub: the coverage of each
 * entity profile by domain, then per domain its checks by level.
 *
 * @param regenerate - the command that regenerates the output, named in a header comment.
 * @param messages - the words of the description (English by default).
 */
export function formatDescriptionMarkdown(
  description: ModelDescription,
  regenerate: string,
  messages: Messages = ENGLISH,
): string {
  const m = messages;
  const { model, profiles, domains, coverage, levels } = description;
  // Profiles the catalog names are in its language; others keep their title.
  const titleOf = (p: { id: string; title: string }) =>
    m.lookup(`describe.profile.${p.id}`) ?? p.title;
  // English lowercases profile titles inside a sentence; other scripts have no case.
  const inSentence = (title: string) =>
    m.language === 'en' ? title.toLocaleLowerCase('en-US') : title;
  const profileTitle = new Map(profiles.map(p => [p.id, titleOf(p)]));
  const evidence = (kind: EvidenceKind) => m.text(`describe.evidence.${kind}`);
  const checks = domains.flatMap(d => d.levels.flatMap(l => l.checks));
  const count = (kind: EvidenceKind) =>
    checks.filter(c => c.evidence === kind).length;
  const levelTitle = (level: number) =>
    `${level} ${inline(
      levels.find(l => l.level === level)?.title ?? '',
    )}`.trim();

  const profilesOf = (check: DescribedCheck) => {
    if (check.profiles.length === profiles.length)
      return m.text('describe.allProfiles');
    if (check.profiles.length === 0) return m.text('describe.noProfile');
    return check.profiles
      .map(id => inline(inSentence(profileTitle.get(id)!)))
      .join(m.text('describe.profileSeparator'));
  };
  const checkLine = (check: DescribedCheck) =>
    m.text('describe.checkLine', {
      title: inline(check.title),
      id: code(check.id),
      evidence: evidence(check.evidence),
      profiles: profilesOf(check),
    });

  const lines: string[] = [
    `<!-- ${m.text('describe.generated', { command: regenerate })} -->`,
    '',
    `# ${inline(model.title)}`,
    '',
    m.text('describe.summary', {
      id: code(model.id),
      version: inline(model.version),
      domains: m.count('describe.domains', domains.length),
      checks: m.count('describe.checks', checks.length),
      fact: count('fact'),
      catalog: count('catalog'),
      attestation: count('attestation'),
    }),
    '',
    m.text('describe.levels', {
      levels: levels.map(l => levelTitle(l.level)).join(' · '),
    }),
    '',
    m.text('describe.evidenceKinds'),
    '',
    ...EVIDENCE_KINDS.map(
      kind =>
        `- ${m.text('describe.evidenceItem', {
          kind: evidence(kind),
          meaning: m.text(`describe.evidenceMeaning.${kind}`),
        })}`,
    ),
    '',
    `## ${m.text('describe.coverage')}`,
    '',
    m.text('describe.coverageIntro', { none: NONE }),
    '',
    ...profiles.map(
      p =>
        `- ${m.text('describe.profileItem', {
          title: inline(titleOf(p)),
          fields: [
            code(`kind: ${p.entity.kind}`),
            ...entityFields(p.entity.spec ?? {}, 'spec'),
          ].join(', '),
        })}`,
    ),
    '',
    ...table(
      [m.text('describe.domain'), ...profiles.map(p => inline(titleOf(p)))],
      domains.map(domain => [
        `[${inline(domain.title)}](#${domain.id})`,
        ...coverage.map(profile => {
          const cell = profile.domains.find(d => d.domainId === domain.id);
          return cell?.applies ? formatLevelRanges(cell.levels) : NONE;
        }),
      ]),
    ),
  ];

  for (const domain of domains) {
    const about = [
      code(domain.id),
      ...(domain.part ? [inline(domain.part)] : []),
      m.count('describe.checks', domain.checkCount),
    ];
    lines.push(
      '',
      `<a id="${domain.id}"></a>`,
      '',
      `## ${inline(domain.title)}`,
      '',
      about.join(' · '),
      '',
      ...table(
        [m.text('describe.level'), m.text('describe.checksColumn')],
        domain.levels.map(level => [
          levelTitle(level.level),
          level.checks.length ? level.checks.map(checkLine).join('<br>') : NONE,
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
