import { expect, test } from '@playwright/test';
import { getJson } from '../support/backendApi';
import { McpClient } from '../support/mcpClient';
import { guestToken, MATURITY_API } from '../support/portal';

// An MCP client (an assistant in Claude Desktop or VS Code) signed in as the
// demo guest reaches the maturity actions through the portal's MCP server
// and gets the answers the REST API gives.
const COMPONENT = 'component:default/quickpay-gateway';
const SYSTEM = 'system:default/online-payment-platform';
// declared in app-config.yaml (maturity.campaigns)
const CAMPAIGN = 'payments-tier1-sre-l3';

const MATURITY_TOOLS = [
  'maturity.explain-next-level',
  'maturity.get-campaign-progress',
  'maturity.get-entity-scorecard',
  'maturity.get-group-rollup',
  'maturity.get-report-summary',
  'maturity.list-entity-campaigns',
];

test('an MCP client without a Backstage token is refused', async ({
  request,
}) => {
  const response = await new McpClient(request, undefined).post({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/list',
    params: {},
  });
  expect(response.status()).toBe(401);
});

test("an MCP client with the guest's token lists the maturity tools and gets the REST API's answers", async ({
  request,
}) => {
  const token = await guestToken(request);
  const mcp = new McpClient(request, token);

  const init = await mcp.initialize();
  expect(init.serverInfo.name).toBe('harbor-bank-portal');
  expect(init.capabilities.tools).toBeDefined();

  const { tools } = await mcp.call('tools/list');
  const names: string[] = tools.map((t: { name: string }) => t.name);
  expect(names).toEqual(expect.arrayContaining(MATURITY_TOOLS));
  // the catalog's read-only actions only (app-config backend.actions.filter)
  expect(names).toContain('catalog.query-catalog-entities');
  expect(names).not.toContain('catalog.unregister-entity');
  const campaignTool = tools.find(
    (t: { name: string }) => t.name === 'maturity.get-campaign-progress',
  );
  expect(campaignTool.inputSchema).toMatchObject({
    type: 'object',
    properties: { campaignId: { type: 'string' } },
    required: ['campaignId'],
  });

  // an entity's scorecard: the levels of GET /entities/.../scorecard
  const scorecard = await mcp.callTool('maturity.get-entity-scorecard', {
    entityRef: COMPONENT,
  });
  const restScorecard = await getJson(
    request,
    token,
    `${MATURITY_API}/entities/component/default/quickpay-gateway/scorecard`,
  );
  expect(scorecard).toMatchObject({
    entityRef: COMPONENT,
    modelId: restScorecard.modelId,
    level: restScorecard.level,
  });
  expect(scorecard.domains.map((d: any) => [d.domainId, d.level])).toEqual(
    restScorecard.domains
      .filter((d: any) => d.applicable)
      .map((d: any) => [d.domainId, d.level]),
  );

  // a campaign's progress: the figures of GET /campaigns/{id}/progress
  const progress = await mcp.callTool('maturity.get-campaign-progress', {
    campaignId: CAMPAIGN,
    limit: 5,
  });
  const restProgress = await getJson(
    request,
    token,
    `${MATURITY_API}/campaigns/${CAMPAIGN}/progress?entityFilter=behind&entityLimit=5`,
  );
  expect(progress).toMatchObject({
    campaign: { id: CAMPAIGN, targets: restProgress.campaign.targets },
    inScope: restProgress.inScope,
    meeting: restProgress.meeting,
    atRisk: restProgress.atRisk,
    behindCount: restProgress.entityTotal,
  });
  expect(progress.inScope).toBeGreaterThan(0);
  expect(progress.behind.map((e: any) => e.entityRef)).toEqual(
    restProgress.entities.map((e: any) => e.entityRef),
  );

  // a project's report summary: the levels of GET /reports/system/...
  const summary = await mcp.callTool('maturity.get-report-summary', {
    scopeRef: SYSTEM,
  });
  const report = await getJson(
    request,
    token,
    `${MATURITY_API}/reports/system/default/online-payment-platform?format=json`,
  );
  expect(summary.scope.entityRef).toBe(SYSTEM);
  expect(summary.level).toBe(report.summary.level);
  expect(summary.domains.map((d: any) => [d.domainId, d.level])).toEqual(
    report.summary.domains.map((d: any) => [d.domainId, d.level]),
  );
});

test('an MCP tool call with bad input answers a tool error naming the field', async ({
  request,
}) => {
  const mcp = new McpClient(request, await guestToken(request));
  await mcp.initialize();
  const result = await mcp.call('tools/call', {
    name: 'maturity.list-entity-campaigns',
    arguments: { entityRef: 'quickpay-gateway' },
  });
  expect(result.isError).toBe(true);
  expect(result.content[0].text).toContain(
    "InputError: Invalid entityRef 'quickpay-gateway'",
  );
});
