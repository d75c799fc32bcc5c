/*
 * Page loads of bench/frontend.ts in headless Chromium (Debian's, through
 * playwright-core): the guest signs in once; then every load opens a fresh
 * browser context (empty HTTP cache, the guest's cookies and local storage)
 * and times from the navigation's start until the page is usable.
 */
import { Browser, chromium, Locator, Page } from 'playwright-core';

/** A page to load and what makes it usable. */
export interface PageUnderTest {
  name: string;
  path: string;
  /** Every one of these visible = usable. */
  usable(page: Page): Locator[];
}

/** Launch options as the e2e tests use them (e2e/playwright.config.ts). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const VIEWPORT = { width: 1400, height: 1000 };

/** Times `runs` cold loads of each page; milliseconds per page, in order. */
export async function timePageLoads(options: {
  baseUrl: string;
  executablePath: string;
  pages: PageUnderTest[];
  runs: number;
  timeoutMs: number;
}): Promise<Map<string, number[]>> {
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const storageState = await signInAsGuest(browser, options.baseUrl);
    const times = new Map<string, number[]>(
      options.pages.map(p => [p.name, []]),
    );
    // round robin, so that a slow phase of a shared machine hits every page
    for (let run = 0; run < options.runs; run++) {
      for (const target of options.pages) {
        const context = await browser.newContext({
          storageState,
          viewport: VIEWPORT,
          baseURL: options.baseUrl,
        });
        try {
          const page = await context.newPage();
          const start = performance.now();
          await page.goto(target.path, { waitUntil: 'commit' });
          await Promise.all(
            target
              .usable(page)
              .map(l =>
                l.waitFor({ state: 'visible', timeout: options.timeoutMs }),
              ),
          );
          times.get(target.name)!.push(performance.now() - start);
        } finally {
          await context.close();
        }
      }
    }
    return times;
  } finally {
    await browser.close();
  }
}

/** Signs the guest in as e2e/globalSetup.ts does; returns the browser state. */
async function signInAsGuest(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Enter' }).click();
    await page
      .getByRole('link', { name: 'Maturity' })
      .waitFor({ timeout: 120_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}
