import type { APIRequestContext } from '@playwright/test';

/**
 * The control endpoint of the fault proxy (e2e/support/faultProxy.js) that
 * the backend reads TechInsights through in the e2e portal.
 */
export const FAULT_PROXY_CONTROL = 'http://127.0.0.1:7099/__e2e/outage';

/**
 * Makes TechInsights unreachable for the maturity backend (`down: true`:
 * the proxy resets every connection) or reachable again.
 */
export async function setTechInsightsDown(
  request: APIRequestContext,
  down: boolean,
): Promise<void> {
  const response = await request.post(FAULT_PROXY_CONTROL, {
    data: { down },
  });
  if (!response.ok()) {
    throw new Error(
      `The fault proxy refused {"down": ${down}}: HTTP ${response.status()} ${await response.text()}`,
    );
  }
  const body = await response.json();
  if (body.down !== down) {
    throw new Error(`The fault proxy answered ${JSON.stringify(body)}`);
  }
}
