/** Text that {@link inline} must change: markup to escape, or whitespace other than single inner spaces. */
const NEEDS_ESCAPE = /[&<>|]|[^\S ]| {2}|^ | $/;

/** Escapes text for inline Markdown (no HTML, no table breaks). */
export function inline(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

/** Inline code; backticks inside become quotes. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
