import type { CheckStatus } from '@devops-maturity/plugin-maturity-common';

/** A one-character mark per check status, for terminals. */
export const STATUS_MARK: Record<CheckStatus, string> = {
  passed: '✔',
  failed: '✖',
  unknown: '?',
  waived: '~',
  error: '!',
  'not-applicable': '–',
};

/** An emoji per check status, for Markdown. */
export const STATUS_EMOJI: Record<CheckStatus, string> = {
  passed: '✅',
  failed: '❌',
  unknown: '❔',
  waived: '⏸️',
  error: '⚠️',
  'not-applicable': '➖',
};

/** A score 0..1 as a whole percentage. */
export function percent(score: number): string {
  return `${Math.round(score * 100)} %`;
}

/** `2 Foundation`, `0 below level 1`, `n/a`. */
export function formatLevel(
  level: number | null,
  title: string | null,
): string {
  if (level === null) return 'n/a';
  return title ? `${level} ${title}` : String(level);
}

/** `L3: 2 checks` for a domain with a next level; `atTop` at level 5; else empty. */
export function nextLevelNeeds(
  domain: {
    level: number | null;
    nextLevel?: { level: number; checks: unknown[] };
  },
  atTop: string,
): string {
  if (domain.nextLevel) {
    const count = domain.nextLevel.checks.length;
    return `L${domain.nextLevel.level}: ${count} check${
      count === 1 ? '' : 's'
    }`;
  }
  return domain.level === 5 ? atTop : '';
}
