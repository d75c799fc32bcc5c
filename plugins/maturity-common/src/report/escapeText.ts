import type { JsonValue } from '../model/types';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return /[&<>"']/.test(text)
    ? text.replace(/[&<>"']/g, c => HTML_ENTITIES[c])
    : text;
}

const LINE_BREAK = /^(?:\r\n|[\r\n\u2028\u2029])$/;
const MARKDOWN_SPECIAL = /\r\n|[\r\n\u2028\u2029\\`*_[\]{}()#+!|~&<>]/g;

/**
 * Text safe in a Markdown table cell: one line, `|` and Markdown syntax
 * escaped, HTML shown as text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, c => {
    if (c === '&' || c === '<' || c === '>') return HTML_ENTITIES[c];
    return LINE_BREAK.test(c) ? ' ' : `\\${c}`;
  });
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
