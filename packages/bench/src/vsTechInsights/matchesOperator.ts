import { Operator } from 'json-rules-engine';

type Pattern = string | { pattern: string; flags?: string };

/**
 * A json-rules-engine operator for regular expressions (jsonfc takes custom
 * operators): passes when the text, or any text of a list, matches.
 */
export function createMatchesOperator(): Operator {
  const cache = new Map<string, RegExp>();
  const regexOf = (value: Pattern) => {
    const key = typeof value === 'string' ? value : JSON.stringify(value);
    let regex = cache.get(key);
    if (!regex) {
      regex =
        typeof value === 'string'
          ? new RegExp(value)
          : new RegExp(value.pattern, value.flags);
      cache.set(key, regex);
    }
    return regex;
  };
  return new Operator<unknown, Pattern>('matches', (factValue, pattern) => {
    const regex = regexOf(pattern);
    const candidates = Array.isArray(factValue) ? factValue : [factValue];
    return candidates.some(
      c =>
        (typeof c === 'string' || typeof c === 'number') &&
        regex.test(String(c)),
    );
  });
}
