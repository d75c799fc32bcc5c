/*
 * The demo portal's backend: the real catalog, auth (guest sign-in for the
 * demo), permissions with the project's policy, and TechInsights fed by the
 * demo fact retrievers that read examples/facts, notifications (with
 * signals) that the maturity plugin sends, and the MCP actions backend that
 * offers the maturity actions to MCP clients at /api/mcp-actions/v1; the
 * maturity levels go back to TechInsights as facts.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./modules/permissionPolicy'));

backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));

backend.add(import('@backstage-community/plugin-tech-insights-backend'));
backend.add(import('./modules/techInsightsDemoFacts'));
// Publishes the maturity levels back to TechInsights (maturityLevelsRetriever).
backend.add(
  import('@devops-maturity/plugin-tech-insights-backend-module-maturity'),
);

backend.add(import('@devops-maturity/plugin-maturity-backend'));
backend.add(
  import('@devops-maturity/plugin-maturity-backend-module-tech-insights'),
);

// MCP tools from the actions of backend.actions.pluginSources (app-config.yaml).
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();
