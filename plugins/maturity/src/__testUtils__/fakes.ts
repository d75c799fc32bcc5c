import type { PermissionApi } from '@backstage/plugin-permission-react';
import type { MaturityApi } from '../api/MaturityApi';

const METHODS: Array<keyof MaturityApi> = [
  'listModels',
  'getModel',
  'getScorecard',
  'refreshEntity',
  'getEntityHistory',
  'listEntities',
  'getGroupRollup',
  'getOrgRollup',
  'getRollupTrend',
  'getIndicators',
  'listAttestations',
  'createAttestation',
  'revokeAttestation',
  'listWaivers',
  'createWaiver',
  'revokeWaiver',
  'getGate',
  'getStaleEvidence',
  'listRuns',
  'triggerRun',
  'listCampaigns',
  'getCampaign',
  'createCampaign',
  'updateCampaign',
  'archiveCampaign',
  'getCampaignProgress',
  'getCampaignEntitiesCsv',
  'getCampaignAudit',
  'listEntityCampaigns',
  'listGroupCampaigns',
  'getReport',
  'saveReport',
  'listSavedReports',
  'getSavedReport',
];

/** A fake MaturityApi: given methods as jest mocks, the others reject. */
export function fakeMaturityApi(
  overrides: Partial<MaturityApi> = {},
): jest.Mocked<MaturityApi> {
  const api: Record<string, jest.Mock> = {};
  for (const method of METHODS) {
    const impl = overrides[method] as ((...args: any[]) => any) | undefined;
    api[method] = jest.fn(
      impl ?? (async () => Promise.reject(new Error(`${method} not faked`))),
    );
  }
  return api as unknown as jest.Mocked<MaturityApi>;
}

type Decision = Awaited<ReturnType<PermissionApi['authorize']>>;

/** A fake PermissionApi allowing exactly the named permissions. */
export function fakePermissionApi(allowed: string[]): PermissionApi {
  return {
    authorize: async request =>
      ({
        result: allowed.includes(request.permission.name) ? 'ALLOW' : 'DENY',
      } as Decision),
  };
}

/** A 404 as the MaturityClient throws it. */
export function notFoundError(message = 'No maturity results'): Error {
  return Object.assign(new Error('Request failed with 404 Not Found'), {
    name: 'ResponseError',
    statusCode: 404,
    cause: { name: 'NotFoundError', message },
  });
}
