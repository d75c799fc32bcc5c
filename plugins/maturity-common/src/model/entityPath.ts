/**
 * One step of an entity path. `exact` steps came from brackets
 * (`['pagerduty.com/service-id']`) and name one key; other steps came from dots
 * and may be joined with their neighbours to match keys that contain dots.
 */
export interface EntityPathToken {
  name: string;
  exact: boolean;
}

/** The roots an entity path may start with. */
export const ENTITY_PATH_ROOTS = [
  'apiVersion',
  'kind',
  'metadata',
  'spec',
  'relations',
  'status',
];

/**
 * Parses `metadata.annotations['pagerduty.com/service-id']` or
 * `metadata.annotations.pagerduty.com/service-id` into tokens.
 * Returns an error message when the path is malformed.
 */
export function parseEntityPath(
  text: string,
): { tokens: EntityPathToken[] } | { error: string } {
  const tokens: EntityPathToken[] = [];
  let i = 0;
  let expectSegment = true;
  while (i < text.length) {
    const char = text[i];
    if (char === '[') {
      const quote = text[i + 1];
      if (quote !== "'" && quote !== '"') {
        return { error: `expected a quoted key after '[' at position ${i}` };
      }
      const end = text.indexOf(`${quote}]`, i + 2);
      if (end < 0) return { error: `unterminated bracket at position ${i}` };
      const name = text.slice(i + 2, end);
      if (!name) return { error: `empty key in brackets at position ${i}` };
      tokens.push({ name, exact: true });
      i = end + 2;
      expectSegment = false;
      if (i < text.length && text[i] !== '.' && text[i] !== '[') {
        return { error: `expected '.' or '[' after ']' at position ${i}` };
      }
      continue;
    }
    if (char === '.') {
      if (expectSegment)
        return { error: `empty path segment at position ${i}` };
      expectSegment = true;
      i += 1;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== '.' && text[end] !== '[') {
      if (text[end] === ']') {
        return { error: `unexpected ']' at position ${end}` };
      }
      end += 1;
    }
    tokens.push({ name: text.slice(i, end), exact: false });
    expectSegment = false;
    i = end;
  }
  if (tokens.length === 0) return { error: 'the path is empty' };
  if (expectSegment) return { error: 'the path ends with a dot' };
  if (!ENTITY_PATH_ROOTS.includes(tokens[0].name)) {
    return {
      error: `unknown entity path root '${
        tokens[0].name
      }' (expected one of ${ENTITY_PATH_ROOTS.join(', ')}${
        ['tags', 'annotations', 'labels', 'links', 'name'].includes(
          tokens[0].name,
        )
          ? `; did you mean 'metadata.${tokens[0].name}'?`
          : ''
      })`,
    };
  }
  return { tokens };
}
