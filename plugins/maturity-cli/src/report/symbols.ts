import type { CheckStatus } from '@devops-maturity/plugin-maturity-common';
import { ENGLISH, Messages } from '../lib/messages';

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

/** `2 Foundation`, `0 not yet Initial`, `n/a`. */
export function formatLevel(
  level: number | null,
  title: string | null,
  messages: Messages = ENGLISH,
): string {
  if (level === null) return messages.text('level.notApplicable');
  return title ? `${level} ${title}` : String(level);
}

/** `L3: 2 checks` for a domain with a next level; `atTop` at level 5; else empty. */
export function nextLevelNeeds(
  domain: {
    level: number | null;
    nextLevel?: { level: number; checks: unknown[] };
  },
  atTop: string,
  messages: Messages = ENGLISH,
): string {
  if (domain.nextLevel) {
    return messages.count('level.nextNeeds', domain.nextLevel.checks.length, {
      level: domain.nextLevel.level,
    });
  }
  return domain.level === 5 ? atTop : '';
}
