import type { Config } from '@backstage/config';
import type { Campaign } from '@devops-maturity/plugin-maturity-common';
import {
  formatCampaignProblems,
  validateCampaignInput,
} from '@devops-maturity/plugin-maturity-common';
import type { ModelRegistry } from '../model/ModelRegistry';
import { campaignModels, parseCampaignInput } from './campaignInput';

/**
 * The campaigns declared in app-config (`maturity.campaigns`), read-only.
 * Each is validated like a request body and must have an id; any problem
 * stops the startup with a message naming `maturity.campaigns[i].field`.
 */
export function readConfigCampaigns(
  config: Config,
  models: ModelRegistry,
): Campaign[] {
  const entries = config.getOptional<unknown[]>('maturity.campaigns') ?? [];
  if (!Array.isArray(entries)) {
    throw new Error('maturity.campaigns must be a list of campaigns');
  }
  const campaigns: Campaign[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const at = `maturity.campaigns[${i}]`;
    const problems = validateCampaignInput(entry, campaignModels(models));
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !id) {
      problems.unshift({ path: 'id', message: 'is required in app-config' });
    } else if (seen.has(id)) {
      problems.unshift({ path: 'id', message: `"${id}" is declared twice` });
    }
    if (problems.length) {
      throw new Error(
        `Invalid campaign in app-config: ${formatCampaignProblems(
          problems,
          at,
        )}`,
      );
    }
    seen.add(id as string);
    const { id: _id, ...change } = parseCampaignInput(entry, models);
    const at0 = `${change.startDate}T00:00:00.000Z`;
    campaigns.push({
      id: id as string,
      ...change,
      source: 'config',
      createdAt: at0,
      updatedAt: at0,
    });
  });
  return campaigns;
}
