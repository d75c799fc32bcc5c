import {
  coreServices,
  createServiceFactory,
  type BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import maturityPlugin from '@devops-maturity/plugin-maturity-backend';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

jest.setTimeout(120_000);

/** The demo's MCP settings: `backend.actions` and `mcpActions` of app-config.yaml. */
const appConfig = parse(
  fs.readFileSync(path.resolve(__dirname, '../../../app-config.yaml'), 'utf8'),
);

const MALLORY = 'user:default/mallory';

/** Allows everything, except to mallory. */
const permissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => {
    const decide = (credentials: BackstageCredentials) =>
      (credentials.principal as { userEntityRef?: string })?.userEntityRef ===
      MALLORY
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW;
    return {
      authorize: async (requests, { credentials }) =>
        requests.map(() => ({ result: decide(credentials) })),
      authorizeConditional: async (requests, { credentials }) =>
        requests.map(() => ({ result: decide(credentials) })),
    };
  },
});

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'quickpay-gateway',
      namespace: 'default',
      annotations: {
        'backstage.io/source-location': 'url:https://git.example/quickpay',
        'backstage.io/techdocs-ref': 'dir:.',
        'pagerduty.com/service-id': 'P123',
      },
      tags: ['tier-1'],
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'payments-team',
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
];

const MATURITY_TOOLS = [
  'maturity.explain-next-level',
  'maturity.get-campaign-progress',
  'maturity.get-entity-scorecard',
  'maturity.get-group-rollup',
  'maturity.get-report-summary',
  'maturity.list-entity-campaigns',
];

/**
 * An MCP client's session with the demo backend's MCP server over
 * streamable HTTP: JSON-RPC requests POSTed to /api/mcp-actions/v1, answers
 * read from the event stream of the response.
 */
describe('MCP endpoint of the demo backend', () => {
  let baseUrl: string;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        mcpActionsPlugin,
        maturityPlugin,
        catalogServiceMock.factory({ entities }),
        permissions,
        // evaluates the catalog once before the backend answers
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        mockServices.rootConfig.factory({
          data: {
            backend: { actions: appConfig.backend.actions },
            mcpActions: appConfig.mcpActions,
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${backend.server.port()}`;
  });

  let nextId = 1;
  let protocolVersion: string | undefined;

  /** POSTs a JSON-RPC message as a user (null: anonymous); answers the HTTP response. */
  const post = (body: object, user: string | null = 'user:default/alice') =>
    fetch(`${baseUrl}/api/mcp-actions/v1`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream',
        Authorization: user
          ? mockCredentials.user.header(user)
          : mockCredentials.none.header(),
        ...(protocolVersion ? { 'MCP-Protocol-Version': protocolVersion } : {}),
      },
      body: JSON.stringify(body),
    });

  /** A JSON-RPC request's result, read from the response's event stream. */
  async function rpc(method: string, params: object, user?: string) {
    const id = nextId++;
    const response = await post({ jsonrpc: '2.0', id, method, params }, user);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const messages = (await response.text())
      .split('\n')
      .filter(line => line.startsWith('data: '))
      .map(line => JSON.parse(line.slice('data: '.length)));
    const answer = messages.find(m => m.id === id);
    if (!answer?.result) {
      throw new Error(
        `${method}: ${JSON.stringify(answer?.error ?? messages)}`,
      );
    }
    return answer.result;
  }

  const maturityGet = async (apiPath: string) => {
    const response = await fetch(`${baseUrl}/api/maturity${apiPath}`, {
      headers: { Authorization: mockCredentials.user.header() },
    });
    expect(response.status).toBe(200);
    return response.json();
  };

  it('refuses a client without a Backstage token', async () => {
    const response = await post(
      {
        jsonrpc: '2.0',
        id: 0,
        method: 'tools/list',
        params: {},
      },
      null,
    );
    expect(response.status).toBe(401);
  });

  it('initialises a session, lists the maturity tools and calls one', async () => {
    const init = await rpc('initialize', {
      protocolVersion: '2025-06-18',
      capabilities: {},
      clientInfo: { name: 'maturity-test-client', version: '1.0.0' },
    });
    expect(init.serverInfo.name).toBe(appConfig.mcpActions.name);
    expect(init.capabilities.tools).toBeDefined();
    expect(init.instructions).toContain('maturity.get-entity-scorecard');
    protocolVersion = init.protocolVersion;
    const initialized = await post({
      jsonrpc: '2.0',
      method: 'notifications/initialized',
    });
    expect(initialized.status).toBe(202);

    const { tools } = await rpc('tools/list', {});
    const maturityTools = tools.filter((t: { name: string }) =>
      t.name.startsWith('maturity.'),
    );
    expect(maturityTools.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(MATURITY_TOOLS),
    );
    const scorecardTool = tools.find(
      (t: { name: string }) => t.name === 'maturity.get-entity-scorecard',
    );
    expect(scorecardTool).toMatchObject({
      description: expect.stringContaining('maturity scorecard'),
      inputSchema: {
        type: 'object',
        properties: { entityRef: { type: 'string' } },
        required: ['entityRef'],
      },
      annotations: { readOnlyHint: true, destructiveHint: false },
    });

    const result = await rpc('tools/call', {
      name: 'maturity.get-entity-scorecard',
      arguments: { entityRef: 'component:default/quickpay-gateway' },
    });
    expect(result.isError).toBeFalsy();
    const scorecard = await maturityGet(
      '/entities/component/default/quickpay-gateway/scorecard',
    );
    expect(result.structuredContent).toMatchObject({
      entityRef: 'component:default/quickpay-gateway',
      modelId: scorecard.modelId,
      level: scorecard.level,
      score: scorecard.score,
      evaluatedAt: scorecard.evaluatedAt,
    });
    expect(
      result.structuredContent.domains.map((d: any) => [d.domainId, d.level]),
    ).toEqual(
      scorecard.domains
        .filter((d: any) => d.applicable)
        .map((d: any) => [d.domainId, d.level]),
    );
    expect(JSON.parse(result.content[0].text)).toEqual(
      result.structuredContent,
    );
  });

  it('answers a single tools/list without a session (the README curl)', async () => {
    protocolVersion = undefined; // a fresh client, no initialize
    const { tools } = await rpc('tools/list', {});
    expect(tools.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(MATURITY_TOOLS),
    );
  });

  it('answers a tool error for a caller the permission policy denies', async () => {
    const result = await rpc(
      'tools/call',
      {
        name: 'maturity.get-entity-scorecard',
        arguments: { entityRef: 'component:default/quickpay-gateway' },
      },
      MALLORY,
    );
    expect(result.isError).toBe(true);
    expect(result.content[0].text).toBe(
      'NotAllowedError: Not allowed: maturity.scorecard.read',
    );
  });

  it('answers a tool error naming bad input', async () => {
    const result = await rpc('tools/call', {
      name: 'maturity.get-entity-scorecard',
      arguments: { entityRef: 'quickpay-gateway' },
    });
    expect(result.isError).toBe(true);
    expect(result.content[0].text).toContain(
      "InputError: Invalid entityRef 'quickpay-gateway'",
    );
  });
});
