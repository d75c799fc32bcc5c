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

/** The texts of {@link nextLevelNeeds} by language and `level * 1000 + count`: few distinct ones. */
const NEXT_NEEDS = new Map<Messages, Map<number, string>>();

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
    const { level, checks } = domain.nextLevel;
    let texts = NEXT_NEEDS.get(messages);
    if (!texts) {
      texts = new Map();
      NEXT_NEEDS.set(messages, texts);
    }
    const key = level * 1000 + checks.length;
    let text = texts.get(key);
    if (text === undefined) {
      text = messages.count('level.nextNeeds', checks.length, { level });
      texts.set(key, text);
    }
    return text;
  }
  return domain.level === 5 ? atTop : '';
}
