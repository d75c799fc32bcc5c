import { code, inline } from '../lib/markdownText';
import type { Messages } from '../lib/messages';
import type { EntityChange, LevelStep, ReportChanges } from './compareWithBase';

/** Plain text as is, or Markdown: refs and paths as code, titles escaped. */
interface Style {
  code(text: string): string;
  text(text: string): string;
}

const PLAIN: Style = { code: text => text, text: text => text };
const MARKDOWN: Style = { code, text: inline };

function arrow(step: LevelStep): string {
  if (step.from === null || step.to === null) return '→';
  return step.to > step.from ? '↑' : '↓';
}

function levelWord(level: number | null, m: Messages): string {
  return level === null ? m.text('level.notApplicable') : String(level);
}

/** `level 2`, or `not applicable`. */
function levelName(level: number | null, m: Messages): string {
  return level === null
    ? m.text('status.not-applicable')
    : m.text('level.named', { level });
}

function stepText(name: string, step: LevelStep, m: Messages): string {
  return m.text('changes.step', {
    name,
    arrow: arrow(step),
    from: levelWord(step.from, m),
    to: levelWord(step.to, m),
  });
}

function changeText(change: EntityChange, m: Messages, style: Style): string {
  const ref = style.code(change.entityRef);
  if (change.status === 'new') {
    return `🆕 ${ref}: ${m.text('changes.new', {
      level: levelName(change.level.to, m),
    })}`;
  }
  if (change.status === 'removed') {
    return `🗑️ ${ref}: ${m.text('changes.removed', {
      level: levelName(change.level.from, m),
    })}`;
  }
  const steps: string[] = [];
  if (change.level.from !== change.level.to) {
    steps.push(stepText(m.text('changes.overall'), change.level, m));
  }
  for (const domain of change.domains) {
    steps.push(stepText(style.text(domain.title), domain, m));
  }
  return `${ref}: ${steps.join(' · ')}`;
}

/** One Markdown list item per changed entity. */
export function markdownChangeItem(change: EntityChange, m: Messages): string {
  return `- ${changeText(change, m, MARKDOWN)}`;
}

/** What the base is and how many entities changed, as Markdown or plain text. */
export function changesSummary(
  changes: ReportChanges,
  m: Messages,
  markdown: boolean,
): string {
  const style = markdown ? MARKDOWN : PLAIN;
  const { base } = changes;
  const where =
    base.form === 'report' && base.evaluatedAt
      ? m.text('changes.baseReport', {
          file: style.code(base.path),
          time: base.evaluatedAt,
        })
      : style.code(base.path);
  const count = (status: EntityChange['status']) =>
    changes.entities.filter(e => e.status === status).length;
  const counts =
    changes.entities.length === 0
      ? m.text('changes.none')
      : m.text('changes.summary', {
          changed: count('changed'),
          new: count('new'),
          removed: count('removed'),
          unchanged: changes.unchanged,
        });
  return `${m.text('changes.base', { base: where })} ${counts}`;
}

/** The changes section of the table format. */
export function tableChanges(changes: ReportChanges, m: Messages): string {
  const lines = [
    `${m.text('changes.heading')}:`,
    `  ${changesSummary(changes, m, false)}`,
    ...changes.entities.map(change => `  ${changeText(change, m, PLAIN)}`),
  ];
  return `\n${lines.join('\n')}\n`;
}
