/*
 * The demo portal's backend: the real catalog, auth (guest sign-in for the
 * demo), permissions with the project's policy, and TechInsights fed by the
 * demo fact retrievers that read examples/facts, and notifications (with
 * signals) that the maturity plugin sends; the maturity levels go back to
 * TechInsights as facts.
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

backend.start();
