/**
 * Whether a string is a well-formed BCP 47 language tag (`en`, `zh-CN`,
 * `zh-Hans-CN`).
 *
 * @public
 */
export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const primaryOf = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The best of the available language tags for the requested ones (in order of
 * preference): an exact match (case-insensitive) first, then one with the same
 * primary language (`zh` ↔ `zh-CN`, `en-US` → `en`), preferring the bare
 * primary tag; `undefined` when none matches.
 *
 * @public
 */
export function matchLanguage(
  available: ReadonlyArray<string>,
  requested: ReadonlyArray<string>,
): string | undefined {
  for (const wanted of requested) {
    const lower = wanted.toLowerCase();
    const exact = available.find(tag => tag.toLowerCase() === lower);
    if (exact) return exact;
    const primary = primaryOf(wanted);
    const related =
      available.find(tag => tag.toLowerCase() === primary) ??
      available.find(tag => primaryOf(tag) === primary);
    if (related) return related;
  }
  return undefined;
}
