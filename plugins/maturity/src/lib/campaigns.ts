import type { EntityPredicate } from '@devops-maturity/plugin-maturity-common';
import type {
  Campaign,
  CampaignInput,
  CampaignTarget,
} from '../api/campaignTypes';
import { english, Localizer } from '../translation/translate';

/** The domain id of a target on the overall level. */
export const OVERALL = 'overall';

/** A domain id and title, as the model summary lists them. */
export interface DomainTitle {
  id: string;
  title: string;
}

/** The title of a target's domain: "Overall", the model's title, or the id. */
export function targetDomainTitle(
  domain: string,
  domains: DomainTitle[],
  i18n: Localizer = english,
): string {
  if (domain === OVERALL) return i18n.t('common.overall');
  return domains.find(d => d.id === domain)?.title ?? domain;
}

/** Targets as text, e.g. "SRE L3, Overall L2". */
export function targetsText(
  targets: CampaignTarget[],
  domains: DomainTitle[],
  i18n: Localizer = english,
): string {
  return targets
    .map(target =>
      i18n.t('campaigns.target', {
        domain: targetDomainTitle(target.domain, domains, i18n),
        level: target.level,
      }),
    )
    .join(i18n.t('common.listSeparator'));
}

/** "12 days left", "due today" or "overdue by 3 days". */
export function daysLeftText(
  daysLeft: number,
  i18n: Localizer = english,
): string {
  if (daysLeft > 0) return i18n.t('campaigns.daysLeft', { count: daysLeft });
  if (daysLeft === 0) return i18n.t('campaigns.dueToday');
  return i18n.t('campaigns.overdue', { count: -daysLeft });
}

/** The editable fields of the campaign dialog, as the inputs hold them. */
export interface CampaignFormValues {
  title: string;
  description: string;
  owner: string;
  modelId: string;
  targets: Array<{ domain: string; level: string }>;
  /** Group refs, separated by commas or new lines. */
  groups: string;
  /** Entity kinds, comma separated. */
  kinds: string;
  types: string;
  lifecycles: string;
  tags: string;
  startDate: string;
  targetDate: string;
  state: 'draft' | 'active' | 'completed';
  /**
   * A filter the simple fields cannot express (made by config or the API),
   * kept unchanged on save.
   */
  advancedFilter?: EntityPredicate;
}

/** The form field of a target row's domain or level, e.g. `targets[1].level`. */
export function targetField(index: number, field: 'domain' | 'level'): string {
  return `targets[${index}].${field}`;
}

/** Field names of the form, with one entry per target row and field. */
export type CampaignFormErrors = Record<string, string>;

const FILTER_FIELDS = [
  ['kinds', 'kind'],
  ['types', 'spec.type'],
  ['lifecycles', 'spec.lifecycle'],
  ['tags', 'metadata.tags'],
] as const;

function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map(part => part.trim())
        .filter(Boolean),
    ),
  ];
}

/** The filter of the simple fields: `{ $all: [...] }`, or none when all are empty. */
export function buildScopeFilter(
  values: Pick<CampaignFormValues, 'kinds' | 'types' | 'lifecycles' | 'tags'>,
): EntityPredicate | undefined {
  const parts: EntityPredicate[] = [];
  for (const [field, path] of FILTER_FIELDS) {
    const list = splitList(values[field]);
    if (list.length) parts.push({ [path]: { $in: list } });
  }
  return parts.length ? { $all: parts } : undefined;
}

/**
 * The simple fields of a filter built by {@link buildScopeFilter}; undefined
 * when the filter has another shape.
 */
export function parseScopeFilter(
  filter: EntityPredicate | undefined,
):
  | Pick<CampaignFormValues, 'kinds' | 'types' | 'lifecycles' | 'tags'>
  | undefined {
  const values = { kinds: '', types: '', lifecycles: '', tags: '' };
  if (!filter) return values;
  if (!('$all' in filter) || !Array.isArray(filter.$all)) return undefined;
  for (const part of filter.$all as EntityPredicate[]) {
    const keys = Object.keys(part);
    const entry = FILTER_FIELDS.find(([, path]) => path === keys[0]);
    const value = (part as Record<string, unknown>)[keys[0]];
    if (
      keys.length !== 1 ||
      !entry ||
      typeof value !== 'object' ||
      value === null ||
      !Array.isArray((value as { $in?: unknown }).$in) ||
      values[entry[0]]
    ) {
      return undefined;
    }
    values[entry[0]] = (value as { $in: unknown[] }).$in.join(', ');
  }
  return values;
}

/** Empty form values for a new campaign of a model. */
export function emptyCampaignForm(modelId: string): CampaignFormValues {
  return {
    title: '',
    description: '',
    owner: '',
    modelId,
    targets: [{ domain: OVERALL, level: '3' }],
    groups: '',
    kinds: '',
    types: '',
    lifecycles: '',
    tags: '',
    startDate: '',
    targetDate: '',
    state: 'active',
  };
}

/** The form values of a stored campaign, to edit it. */
export function campaignToForm(campaign: Campaign): CampaignFormValues {
  const simple = parseScopeFilter(campaign.scope.filter);
  return {
    title: campaign.title,
    description: campaign.description ?? '',
    owner: campaign.owner,
    modelId: campaign.modelId,
    targets: campaign.targets.map(t => ({
      domain: t.domain,
      level: String(t.level),
    })),
    groups: (campaign.scope.groups ?? []).join(', '),
    ...(simple ?? { kinds: '', types: '', lifecycles: '', tags: '' }),
    advancedFilter: simple ? undefined : campaign.scope.filter,
    startDate: campaign.startDate,
    targetDate: campaign.targetDate,
    state: campaign.state === 'archived' ? 'active' : campaign.state,
  };
}

/** The request body of the form values (validate them first). */
export function formToInput(values: CampaignFormValues): CampaignInput {
  const groups = splitList(values.groups);
  const filter = values.advancedFilter ?? buildScopeFilter(values);
  const description = values.description.trim();
  return {
    title: values.title.trim(),
    ...(description && { description }),
    owner: values.owner.trim(),
    modelId: values.modelId,
    targets: values.targets.map(t => ({
      domain: t.domain,
      level: Number(t.level),
    })),
    scope: {
      ...(groups.length > 0 && { groups }),
      ...(filter && { filter }),
    },
    startDate: values.startDate,
    targetDate: values.targetDate,
    state: values.state,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The errors of the form values by field (`title`, `targets[1].level`…),
 * the server's rules: required fields, a target date after the start date,
 * levels 1..5, at least one target and no domain twice.
 */
export function validateCampaignForm(
  values: CampaignFormValues,
  i18n: Localizer = english,
): CampaignFormErrors {
  const { t } = i18n;
  const errors: CampaignFormErrors = {};
  if (!values.title.trim()) errors.title = t('campaignDialog.required');
  if (!values.owner.trim()) errors.owner = t('campaignDialog.required');
  if (!values.modelId) errors.modelId = t('campaignDialog.required');
  if (!values.startDate) errors.startDate = t('campaignDialog.required');
  else if (!isDay(values.startDate)) {
    errors.startDate = t('campaignDialog.dateFormat');
  }
  if (!values.targetDate) errors.targetDate = t('campaignDialog.required');
  else if (!isDay(values.targetDate)) {
    errors.targetDate = t('campaignDialog.dateFormat');
  } else if (!errors.startDate && values.targetDate <= values.startDate) {
    errors.targetDate = t('campaignDialog.targetAfterStart');
  }
  if (values.targets.length === 0) {
    errors.targets = t('campaignDialog.noTargets');
  }
  const seen = new Set<string>();
  values.targets.forEach((target, i) => {
    if (!target.domain) {
      errors[targetField(i, 'domain')] = t('campaignDialog.required');
    } else if (seen.has(target.domain)) {
      errors[targetField(i, 'domain')] = t('campaignDialog.duplicateDomain');
    }
    seen.add(target.domain);
    const level = Number(target.level);
    if (!Number.isInteger(level) || level < 1 || level > 5) {
      errors[targetField(i, 'level')] = t('campaignDialog.levelRange');
    }
  });
  return errors;
}

const SERVER_FIELDS = [
  'title',
  'description',
  'owner',
  'modelId',
  'startDate',
  'targetDate',
  'state',
];

/**
 * The form field a server error message names (`targets[1].level: must be
 * 1..5` → `targets[1].level`), or undefined when it names no field of the
 * form. Scope errors go to the groups field.
 */
export function serverErrorField(message: string): string | undefined {
  const match = /^([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)*)(?:\[\d+\])?:\s/.exec(
    message,
  );
  if (!match) return undefined;
  const path = match[1];
  if (SERVER_FIELDS.includes(path)) return path;
  if (/^targets\[\d+\]\.(domain|level)$/.test(path)) return path;
  if (path === 'targets') return 'targets';
  if (path.startsWith('scope')) return 'groups';
  return undefined;
}
