import type {
  AuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CampaignService } from '../campaigns/CampaignService';
import type { ModelRegistry } from '../model/ModelRegistry';
import type { ReportGenerator } from '../reports/ReportGenerator';
import type { MaturityStore } from '../store/MaturityStore';
import { registerExplainNextLevelAction } from './explainNextLevelAction';
import { registerGetCampaignProgressAction } from './getCampaignProgressAction';
import { registerGetEntityScorecardAction } from './getEntityScorecardAction';
import { registerGetGroupRollupAction } from './getGroupRollupAction';
import { registerGetReportSummaryAction } from './getReportSummaryAction';
import { registerListEntityCampaignsAction } from './listEntityCampaignsAction';

/** What the maturity actions need, injected by the plugin. */
export interface MaturityActionsOptions {
  actionsRegistry: ActionsRegistryService;
  permissions: PermissionsService;
  auth: AuthService;
  store: MaturityStore;
  models: ModelRegistry;
  campaigns: CampaignService;
  reports: ReportGenerator;
}

/**
 * Registers the maturity actions (`maturity:<name>`, for MCP clients and
 * other plugins), one file each. Each authorises its caller like the REST
 * route serving the same data.
 */
export function registerMaturityActions(options: MaturityActionsOptions) {
  const { actionsRegistry } = options;
  registerGetEntityScorecardAction(actionsRegistry, options);
  registerGetGroupRollupAction(actionsRegistry, options);
  registerExplainNextLevelAction(actionsRegistry, options);
  registerGetCampaignProgressAction(actionsRegistry, options);
  registerListEntityCampaignsAction(actionsRegistry, options);
  registerGetReportSummaryAction(actionsRegistry, options);
}
