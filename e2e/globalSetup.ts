import { chromium, FullConfig, request } from '@playwright/test';
import { waitForCompleteEvaluation } from './support/evaluation';
import { poll } from './support/poll';
import {
  FRONTEND_URL,
  GUEST_STORAGE_STATE,
  MATURITY_API,
} from './support/portal';

async function answers(url: string): Promise<true | undefined> {
  const response = await fetch(url);
  return response.ok ? true : undefined;
}

/**
 * Waits for the demo portal that `scripts/e2e.sh` started, then for its first complete maturity evaluation,
 * and signs the guest in once; the tests reuse that browser state.
 */
export default async function globalSetup(config: FullConfig) {
  const started = Date.now();
  const log = (step: string) =>
    console.log(`${step} after ${Math.round((Date.now() - started) / 1000)} s`);
  const tenMinutes = 600_000;
  await poll('the backend on :7007', () => answers(`${MATURITY_API}/health`), {
    timeoutMs: tenMinutes,
  });
  log('Backend answering');
  await poll(
    'the frontend (served by the backend)',
    () => answers(FRONTEND_URL),
    {
      timeoutMs: tenMinutes,
    },
  );
  log('Frontend answering');

  const api = await request.newContext();
  try {
    await waitForCompleteEvaluation(api);
  } finally {
    await api.dispose();
  }
  log('Demo catalog evaluated');

  const browser = await chromium.launch(config.projects[0].use.launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(FRONTEND_URL);
    await page.getByRole('button', { name: 'Enter' }).click();
    await page.getByRole('link', { name: 'Maturity' }).waitFor();
    await page.context().storageState({ path: GUEST_STORAGE_STATE });
  } finally {
    await browser.close();
  }
  log('Guest signed in');
}
