import type { JsonValue } from '../model/types';

/** Text safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text safe in a Markdown table cell: one line, `|` and Markdown syntax
 * escaped, HTML shown as text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(/[\\`*_[\]{}()#+!|~]/g, c => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A URL usable as a link target: http(s) only. */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** A stored value as one line of text. */
export function formatValue(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A level for display: `L3`, or the not-applicable label. */
export function formatLevel(level: number | null, notApplicable: string) {
  return level === null ? notApplicable : `L${level}`;
}

/** A 0..1 score as a percentage. */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}
