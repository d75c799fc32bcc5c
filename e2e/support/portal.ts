import type { APIRequestContext } from '@playwright/test';

/** The demo portal's frontend: the production build, served by the backend (`scripts/e2e.sh`). */
export const FRONTEND_URL = 'http://localhost:7007';

/** The demo portal's backend. */
export const BACKEND_URL = 'http://localhost:7007';

/** The maturity plugin's HTTP API. */
export const MATURITY_API = `${BACKEND_URL}/api/maturity`;

/** The entity kinds the demo portal evaluates (`maturity.kinds` in app-config.yaml). */
export const EVALUATED_KINDS = [
  'component',
  'system',
  'api',
  'resource',
  'group',
];

/** The browser state of a guest who signed in once (written by the global setup). */
export const GUEST_STORAGE_STATE = `${__dirname}/../artifacts/guest-storage-state.json`;

/**
 * A Backstage token of the demo guest (`user:default/guest`), fetched the way
 * the frontend's guest sign-in does: from the guest provider's refresh
 * endpoint.
 */
export async function guestToken(request: APIRequestContext): Promise<string> {
  const response = await request.get(`${BACKEND_URL}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!response.ok()) {
    throw new Error(`Guest sign-in failed: HTTP ${response.status()}`);
  }
  const body = await response.json();
  return body.backstageIdentity.token;
}

/**
 * The demo's static external-access token for CI pipelines (app-config.yaml,
 * `backend.auth.externalAccess`): it may only push facts.
 */
export const DEMO_CI_TOKEN = 'harbor-bank-demo-ci-token';
