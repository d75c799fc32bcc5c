/**
 * Counts the characters of a text made of pieces, so that it stays within a
 * limit (a pull-request comment holds 65 536). Characters are UTF-16 code
 * units, as JavaScript counts them: never fewer than the code points.
 */
export class MarkdownBudget {
  private used = 0;
  readonly limit: number;
  /** Kept free for what must come last (the note of what was left out, the footer). */
  readonly reserve: number;

  constructor(options: { limit: number; reserve: number }) {
    this.limit = options.limit;
    this.reserve = options.reserve;
  }

  /** Counts `text` and returns it when it fits besides the reserve, else returns undefined. */
  take(text: string): string | undefined {
    if (this.used + text.length + this.reserve > this.limit) return undefined;
    this.used += text.length;
    return text;
  }

  /** Counts `text` whether or not it fits (what the output cannot do without). */
  force(text: string): string {
    this.used += text.length;
    return text;
  }

  /** Whether `size` more characters fit besides the reserve. */
  fits(size: number): boolean {
    return this.used + size + this.reserve <= this.limit;
  }
}

/**
 * Cuts `text` to at most `max` characters: at the end of a line when one is
 * in the second half, never inside a surrogate pair.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const lineEnd = text.lastIndexOf('\n', end - 1);
  if (lineEnd + 1 > end / 2) end = lineEnd + 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
