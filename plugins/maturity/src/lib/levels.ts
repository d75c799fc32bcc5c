import type { MaturityLevelDefinition } from '../api/types';
import { english, Localizer } from '../translation/translate';

/** The highest maturity level. */
export const MAX_LEVEL = 5;

/** Levels 1..5, in order. */
export const LADDER_LEVELS = [1, 2, 3, 4, 5];

/** Distribution buckets 0..5 (0 = level-1 checks not passed). */
export const DISTRIBUTION_LEVELS = [0, 1, 2, 3, 4, 5];

/**
 * Background colours per level 0..5 (a red→green→blue sequential scale),
 * each paired with a text colour of enough contrast. Colour is never the only
 * signal: level numbers are always shown alongside.
 */
const PALETTE: Array<{ background: string; text: string }> = [
  { background: '#b71c1c', text: '#ffffff' },
  { background: '#e65100', text: '#ffffff' },
  { background: '#f9a825', text: '#000000' },
  { background: '#c0ca33', text: '#000000' },
  { background: '#2e7d32', text: '#ffffff' },
  { background: '#1565c0', text: '#ffffff' },
];

const NOT_APPLICABLE_COLOURS = { background: '#e0e0e0', text: '#000000' };

const DEFAULT_TITLE_KEYS = [
  'level.title1',
  'level.title2',
  'level.title3',
  'level.title4',
  'level.title5',
] as const;

/**
 * The title of a level 1..5 from the model's level definitions (served in
 * the app language), else the standard's title in that language.
 */
export function levelTitle(
  level: number,
  levels?: MaturityLevelDefinition[],
  i18n: Localizer = english,
): string {
  const fromModel = levels?.find(l => l.level === level)?.title;
  if (fromModel) return fromModel;
  const key = DEFAULT_TITLE_KEYS[level - 1];
  return key ? i18n.t(key) : i18n.t('level.fallbackTitle', { level });
}

/**
 * A short human name of a level: the model's title for 1..5, "Below
 * <level 1 title>" for 0 and "Not applicable" for null.
 */
export function levelName(
  level: number | null,
  levels?: MaturityLevelDefinition[],
  i18n: Localizer = english,
): string {
  if (level === null) return i18n.t('level.notApplicable');
  if (level <= 0) {
    return i18n.t('level.below', { title: levelTitle(1, levels, i18n) });
  }
  return levelTitle(level, levels, i18n);
}

/** "Level 3 · Comprehensive", "Level 0 · Below Initial" or "Not applicable". */
export function levelLabel(
  level: number | null,
  levels?: MaturityLevelDefinition[],
  i18n: Localizer = english,
): string {
  if (level === null) return i18n.t('level.notApplicable');
  return i18n.t('level.label', {
    level,
    name: levelName(level, levels, i18n),
  });
}

/** The colours of a level (rounded down for averages); grey for null. */
export function levelColours(level: number | null | undefined): {
  background: string;
  text: string;
} {
  if (level === null || level === undefined || Number.isNaN(level)) {
    return NOT_APPLICABLE_COLOURS;
  }
  const index = Math.max(0, Math.min(MAX_LEVEL, Math.floor(level)));
  return PALETTE[index];
}

/** A 0..1 score as a whole percentage in the language, e.g. "72%". */
export function formatScore(
  score: number | null | undefined,
  language: string = english.language,
): string {
  if (score === null || score === undefined || Number.isNaN(score)) {
    return '–';
  }
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(Math.round(score * 100) / 100);
}

/** An average level with one decimal in the language, "–" when there is none. */
export function formatAverage(
  average: number | null | undefined,
  language: string = english.language,
): string {
  if (average === null || average === undefined || Number.isNaN(average)) {
    return '–';
  }
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}
