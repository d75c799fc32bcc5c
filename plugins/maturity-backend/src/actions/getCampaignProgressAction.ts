import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CampaignService } from '../campaigns/CampaignService';
import { requireScorecardRead } from './requireScorecardRead';

/** Entities behind and teams listed when the caller gives no limit. */
const DEFAULT_LIMIT = 10;

/**
 * `maturity:get-campaign-progress`: a campaign's headline progress, its
 * teams with the largest lag and the entities furthest behind, from the same
 * progress snapshot as `GET /campaigns/{id}/progress`.
 */
export function registerGetCampaignProgressAction(
  actionsRegistry: ActionsRegistryService,
  deps: {
    permissions: PermissionsService;
    campaigns: Pick<CampaignService, 'progress'>;
  },
): void {
  const { permissions, campaigns } = deps;
  actionsRegistry.register({
    name: 'get-campaign-progress',
    title: 'Get maturity campaign progress',
    description:
      'Returns the progress of a maturity campaign (a target level per domain by a date for a set of entities): how many entities are in scope and meet every target, days left, whether it is at risk of missing the target date, the teams lagging most, and the entities furthest behind with the checks they still fail.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          campaignId: z
            .string()
            .min(1)
            .describe('Campaign id, e.g. payments-tier1-sre-l3'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(100)
            .optional()
            .describe(
              `How many teams and entities behind to list (most behind first); ${DEFAULT_LIMIT} when absent`,
            ),
        }),
      output: z =>
        z.object({
          campaign: z.object({
            id: z.string(),
            title: z.string(),
            state: z.string(),
            owner: z.string(),
            modelId: z.string(),
            targets: z.array(
              z.object({ domain: z.string(), level: z.number() }),
            ),
            startDate: z.string(),
            targetDate: z.string(),
          }),
          inScope: z.number(),
          meeting: z.number(),
          ratio: z.number(),
          daysLeft: z.number(),
          atRisk: z.boolean(),
          projectedDate: z.string().optional(),
          teamCount: z.number(),
          teams: z.array(
            z.object({
              groupRef: z.string(),
              title: z.string().optional(),
              inScope: z.number(),
              meeting: z.number(),
              ratio: z.number(),
              lag: z.number(),
            }),
          ),
          behindCount: z.number(),
          behind: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string().optional(),
              owner: z.string().optional(),
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
          warnings: z.array(z.string()),
        }),
    },
    action: async ({ input, credentials }) => {
      await requireScorecardRead(permissions, credentials);
      const limit = input.limit ?? DEFAULT_LIMIT;
      const snapshot = await campaigns.progress(input.campaignId);
      const { head } = snapshot;
      const { campaign } = head;
      const behind = await snapshot.page({
        filter: 'behind',
        offset: 0,
        limit,
      });
      return {
        output: {
          campaign: {
            id: campaign.id,
            title: campaign.title,
            state: campaign.state,
            owner: campaign.owner,
            modelId: campaign.modelId,
            targets: campaign.targets,
            startDate: campaign.startDate,
            targetDate: campaign.targetDate,
          },
          inScope: head.inScope,
          meeting: head.meeting,
          ratio: head.ratio,
          daysLeft: head.daysLeft,
          atRisk: head.atRisk,
          ...(head.projectedDate ? { projectedDate: head.projectedDate } : {}),
          teamCount: head.teams.length,
          teams: head.teams.slice(0, limit).map(t => ({
            groupRef: t.groupRef,
            ...(t.title ? { title: t.title } : {}),
            inScope: t.inScope,
            meeting: t.meeting,
            ratio: t.ratio,
            lag: t.lag,
          })),
          behindCount: behind.entityTotal,
          behind: behind.entities.map(e => ({
            entityRef: e.entityRef,
            ...(e.title ? { title: e.title } : {}),
            ...(e.owner ? { owner: e.owner } : {}),
            targets: e.targets,
            remainingChecks: e.remainingChecks,
          })),
          warnings: head.warnings,
        },
      };
    },
  });
}
