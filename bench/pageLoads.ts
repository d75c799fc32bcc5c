/*
 * Page loads of bench/frontend.ts in headless Chromium (Debian's, through
 * playwright-core): the guest signs in once; then every load opens a fresh
 * browser context (empty HTTP cache, the guest's cookies and local storage)
 * and times from the navigation's start until the page is usable.
 *
 * Two times per load: `detectedMs`, until Playwright saw every usable
 * element visible (its polling backs off to every 500 ms, so this lags by up
 * to half a second), and `usableMs`, the page's own clock (from its
 * navigation start) when the last of those elements was put in the DOM
 * (connected), recorded by a MutationObserver installed before the app's
 * scripts run.
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

/** One load's times, in milliseconds. */
export interface PageLoadTimes {
  /** Navigation start → the usable elements in the DOM (page clock). */
  usableMs: number;
  /** `goto` → Playwright saw them visible (lags by its polling). */
  detectedMs: number;
  /** Where the time went (page clock), when asked for. */
  milestones?: PageMilestones;
}

/**
 * Milestones of a load on the page's clock (ms from navigation start), from
 * the navigation and resource timing entries; undefined when a load had no
 * such request.
 */
export interface PageMilestones {
  /** The initial scripts downloaded and run (`DOMContentLoaded` ended). */
  scriptsRun: number;
  /** The guest's session refreshed (`/api/auth/…/refresh` answered). */
  sessionRefreshed?: number;
  /** The catalog entity asked for (`/api/catalog/entities/by-name/…`). */
  entityRequested?: number;
  /** The catalog entity answered. */
  entityRead?: number;
  /** The first maturity API request sent. */
  firstMaturityRequest?: number;
  /** The last maturity API answer before the page was usable. */
  lastMaturityAnswer?: number;
  /** Maturity API requests sent before the page was usable. */
  maturityRequests: number;
}

// The two functions below run in the page (serialised): no syntax a
// transpiler would turn into calls of its helpers.

/**
 * Installed in every page before its scripts: the time (page clock) each
 * node was last added to the DOM.
 */
function recordDomChanges() {
  const added = new WeakMap<Node, number>();
  new MutationObserver(records => {
    const now = performance.now();
    for (const r of records) r.addedNodes.forEach(n => added.set(n, now));
  }).observe(document, { childList: true, subtree: true });
  (window as unknown as Record<string, unknown>).__maturityBenchDom = {
    added,
  };
}

/**
 * When an element was connected (page clock): the latest addition among it
 * and its ancestors. React puts new content in with its text, as subtrees.
 */
function placedAt(element: Element): number {
  const { added } = (window as unknown as Record<string, any>)
    .__maturityBenchDom as { added: WeakMap<Node, number> };
  let at = 0;
  for (let n: Node | null = element; n; n = n.parentNode) {
    at = Math.max(at, added.get(n) || 0);
  }
  return at;
}

/** The page's timing entries, as plain data (runs in the page). */
function timingEntries() {
  const nav = performance.getEntriesByType(
    'navigation',
  )[0] as PerformanceNavigationTiming;
  return {
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0,
    resources: performance.getEntriesByType('resource').map(r => ({
      name: r.name,
      startTime: r.startTime,
      responseEnd: (r as PerformanceResourceTiming).responseEnd,
    })),
  };
}

function toMilestones(
  entries: ReturnType<typeof timingEntries>,
  usableMs: number,
): PageMilestones {
  const before = entries.resources.filter(r => r.startTime <= usableMs);
  const path = (r: { name: string }) => new URL(r.name).pathname;
  const ended = (pattern: RegExp) => {
    const hits = before.filter(r => pattern.test(path(r)));
    return hits.length ? Math.max(...hits.map(r => r.responseEnd)) : undefined;
  };
  const started = (pattern: RegExp) => {
    const hits = before.filter(r => pattern.test(path(r)));
    return hits.length ? Math.min(...hits.map(r => r.startTime)) : undefined;
  };
  const maturity = before.filter(r => path(r).startsWith('/api/maturity/'));
  return {
    scriptsRun: entries.domContentLoaded,
    sessionRefreshed: ended(/^\/api\/auth\/[^/]+\/refresh$/),
    entityRequested: started(/^\/api\/catalog\/entities\/by-name\//),
    entityRead: ended(/^\/api\/catalog\/entities\/by-name\//),
    firstMaturityRequest: maturity.length
      ? Math.min(...maturity.map(r => r.startTime))
      : undefined,
    lastMaturityAnswer: maturity.length
      ? Math.max(...maturity.map(r => r.responseEnd))
      : undefined,
    maturityRequests: maturity.length,
  };
}

/** Times `runs` cold loads of each page; the loads' times per page, in order. */
export async function timePageLoads(options: {
  baseUrl: string;
  executablePath: string;
  pages: PageUnderTest[];
  runs: number;
  timeoutMs: number;
  /** Also record each load's milestones. */
  milestones?: boolean;
}): Promise<Map<string, PageLoadTimes[]>> {
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const storageState = await signInAsGuest(browser, options.baseUrl);
    const times = new Map<string, PageLoadTimes[]>(
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
          await context.addInitScript(recordDomChanges);
          const page = await context.newPage();
          const start = performance.now();
          await page.goto(target.path, { waitUntil: 'commit' });
          const usable = target.usable(page).map(l => l.first());
          await Promise.all(
            usable.map(l =>
              l.waitFor({ state: 'visible', timeout: options.timeoutMs }),
            ),
          );
          const detectedMs = performance.now() - start;
          const placed = await Promise.all(
            usable.map(l => l.evaluate(placedAt)),
          );
          const usableMs = Math.max(...placed);
          const milestones = options.milestones
            ? toMilestones(await page.evaluate(timingEntries), usableMs)
            : undefined;
          times.get(target.name)!.push({
            usableMs,
            detectedMs,
            ...(milestones ? { milestones } : {}),
          });
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
