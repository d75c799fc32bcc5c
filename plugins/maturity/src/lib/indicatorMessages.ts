/**
 * The English texts of the indicator tiles, shaped like the messages of a
 * Backstage translation ref (`{{name}}` placeholders, `_one`/`_other` plural
 * forms chosen by `count`) so that they can move into one unchanged. Each
 * sentence is built here, in one piece, never by joining fragments.
 */
export const indicatorMessages = {
  sectionTitle: 'Indicators',
  groupSubheader: 'Key figures of the model for this team, sub-teams included',
  orgSubheader:
    'Key figures of the model for the whole organisation; kind and lifecycle filters do not apply',
  loadError: 'Could not load the indicators',
  emptyTitle: 'No indicators in this model',
  emptyDescription:
    'The model defines no indicators (key figures with a target). Indicators are declared under `indicators` in the model file.',
  notComputed:
    'Indicator values appear after the first full evaluation run; until then every indicator shows no data.',
  computedAt: 'Values of the evaluation run that ended {{time}}.',
  valuePercent: '{{value}}%',
  valueWithUnit: '{{value}} {{unit}}',
  targetIncrease: 'target ≥ {{target}}',
  targetDecrease: 'target ≤ {{target}}',
  met: 'Target met',
  notMet: 'Target not met',
  noData: 'No data',
  counts_one: '{{count}} entity · {{noData}} without data',
  counts_other: '{{count}} entities · {{noData}} without data',
  history:
    'Daily values of {{title}} from {{fromValue}} on {{from}} to {{toValue}} on {{to}}, {{target}}',
  noHistory: 'No daily values of {{title}} yet.',
  reference: 'Standard: {{reference}}',
} as const;

/** A key of {@link indicatorMessages}, plural forms under their base key. */
export type IndicatorMessageKey = keyof typeof indicatorMessages extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never;

const plurals = new Intl.PluralRules('en');

/**
 * The text of a message with its placeholders filled; with a numeric
 * `count`, the plural form for it (`key_one`, `key_other`).
 */
export function indicatorText(
  key: IndicatorMessageKey,
  params: Record<string, string | number> = {},
): string {
  const messages: Record<string, string> = indicatorMessages;
  const plural =
    typeof params.count === 'number'
      ? messages[`${key}_${plurals.select(params.count)}`] ??
        messages[`${key}_other`]
      : undefined;
  const template = plural ?? messages[key];
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
    name in params ? String(params[name]) : `{{${name}}}`,
  );
}
