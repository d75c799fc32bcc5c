import { usePermission } from '@backstage/plugin-permission-react';
import { maturityCampaignManagePermission } from '@devops-maturity/plugin-maturity-common';

/** Whether the signed-in user may create, edit and archive campaigns. */
export function useCanManageCampaigns(): boolean {
  return usePermission({ permission: maturityCampaignManagePermission })
    .allowed;
}
