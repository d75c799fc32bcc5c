function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * The closest candidate to a misspelt word, if any is close enough.
 *
 * @public
 */
export function suggest(
  word: string,
  candidates: ReadonlyArray<string>,
): string | undefined {
  const lower = word.toLocaleLowerCase('en-US');
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLocaleLowerCase('en-US'));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean 'x'?)` or an empty string. */
export function didYouMean(
  word: string,
  candidates: ReadonlyArray<string>,
): string {
  const best = suggest(word, candidates);
  return best ? ` (did you mean '${best}'?)` : '';
}
