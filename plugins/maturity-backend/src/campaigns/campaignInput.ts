import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CampaignInput,
  formatCampaignProblems,
  validateCampaignInput,
  ValidateCampaignOptions,
} from '@devops-maturity/plugin-maturity-common';
import type { ModelRegistry } from '../model/ModelRegistry';
import type { CampaignChange } from '../store/campaigns/rows';

/** A ref in its full form, `kind:namespace/name`. */
function fullRef(ref: string, defaultKind: string): string {
  return stringifyEntityRef(
    parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
  );
}

/** The models a campaign may name, for the validator. */
export function campaignModels(models: ModelRegistry) {
  return models.all().map(c => c.model);
}

/**
 * Validates a campaign definition (400 naming the first field paths
 * otherwise) and normalizes it: full refs, trimmed title, default state.
 */
export function parseCampaignInput(
  input: unknown,
  models: ModelRegistry,
  options: ValidateCampaignOptions & {
    defaultState?: CampaignChange['state'];
  } = {},
): CampaignChange & { id?: string } {
  const problems = validateCampaignInput(
    input,
    campaignModels(models),
    options,
  );
  if (problems.length) {
    throw new InputError(formatCampaignProblems(problems));
  }
  const body = input as CampaignInput;
  return {
    ...(!options.update && body.id ? { id: body.id } : {}),
    title: body.title.trim(),
    ...(body.description ? { description: body.description } : {}),
    owner: fullRef(body.owner, 'group'),
    modelId: body.modelId,
    targets: body.targets.map(t => ({ domain: t.domain, level: t.level })),
    scope: {
      ...(body.scope.groups
        ? { groups: body.scope.groups.map(g => fullRef(g, 'group')) }
        : {}),
      ...(body.scope.filter ? { filter: body.scope.filter } : {}),
    },
    startDate: body.startDate,
    targetDate: body.targetDate,
    state: body.state ?? options.defaultState ?? 'active',
  };
}

/** A campaign id from a title: lowercase words joined by dashes. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug || 'campaign';
}
