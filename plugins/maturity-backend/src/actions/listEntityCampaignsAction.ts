import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CampaignService } from '../campaigns/CampaignService';
import { parseEntityRefParam } from '../service/requestParsing';
import { requireScorecardRead } from './requireScorecardRead';

/**
 * `maturity:list-entity-campaigns`: the active campaigns an entity is in
 * and whether it meets each, as `GET /entities/{kind}/{ns}/{name}/campaigns`.
 */
export function registerListEntityCampaignsAction(
  actionsRegistry: ActionsRegistryService,
  deps: {
    permissions: PermissionsService;
    campaigns: Pick<CampaignService, 'entityCampaigns'>;
  },
): void {
  const { permissions, campaigns } = deps;
  actionsRegistry.register({
    name: 'list-entity-campaigns',
    title: "List an entity's maturity campaigns",
    description:
      "Lists the active maturity campaigns whose scope holds a catalog entity: for each, the targets (domain and level) with the entity's current level, whether it meets them all, the checks it still fails and the days left until the target date.",
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Entity ref, e.g. component:default/payments'),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          campaigns: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              owner: z.string(),
              targetDate: z.string(),
              daysLeft: z.number(),
              meets: z.boolean(),
              targets: z.array(
                z.object({
                  domain: z.string(),
                  target: z.number(),
                  level: z.number(),
                  meets: z.boolean(),
                }),
              ),
              remainingChecks: z.array(
                z.object({
                  checkId: z.string(),
                  title: z.string(),
                  domain: z.string(),
                  level: z.number(),
                  status: z.string(),
                }),
              ),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      await requireScorecardRead(permissions, credentials);
      const entityRef = parseEntityRefParam(input.entityRef);
      const items = await campaigns.entityCampaigns(entityRef);
      return {
        output: {
          entityRef,
          campaigns: items.map(item => ({
            id: item.campaign.id,
            title: item.campaign.title,
            owner: item.campaign.owner,
            targetDate: item.campaign.targetDate,
            daysLeft: item.daysLeft,
            meets: item.meets,
            targets: item.targets,
            remainingChecks: item.remainingChecks,
          })),
        },
      };
    },
  });
}
