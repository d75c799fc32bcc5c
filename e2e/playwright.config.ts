import { defineConfig } from '@playwright/test';
import { FRONTEND_URL, GUEST_STORAGE_STATE } from './support/portal';

/**
 * End-to-end tests of the demo portal in Debian's Chromium (Playwright's own
 * browser downloads do not work here). `scripts/e2e.sh` starts the portal on
 * a fresh SQLite directory, runs these tests headless and stops the portal.
 * Screenshots and traces of failed tests are kept under e2e/artifacts/.
 */
export default defineConfig({
  testDir: './tests',
  outputDir: './artifacts/test-results',
  globalSetup: './globalSetup.ts',
  // The tests change shared portal state (attestations, waivers): one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: './artifacts/report', open: 'never' }],
  ],
  use: {
    baseURL: FRONTEND_URL,
    storageState: GUEST_STORAGE_STATE,
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
