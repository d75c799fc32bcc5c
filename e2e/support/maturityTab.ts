import { expect, Locator, Page } from '@playwright/test';

/** The path of an entity's Maturity tab, e.g. for `component:default/x`. */
export function maturityTabPath(entityRef: string): string {
  const [kind, namespacedName] = entityRef.split(':');
  const [namespace, name] = namespacedName.split('/');
  return `/catalog/${namespace}/${kind}/${name}/maturity`;
}

/** Opens a tab of the entity page being shown, e.g. "Maturity". */
export async function openEntityTab(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: title })
    .click();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The overall (weakest-domain) level, score and evaluation time. */
export function overallLevel(page: Page): Locator {
  return page.getByRole('region', { name: 'Overall level (weakest domain)' });
}

/**
 * A domain's expandable summary; its accessible name holds the domain title
 * and its level ("… Level 3 · Comprehensive …").
 */
export function domainSummary(page: Page, domainTitle: string): Locator {
  return page.getByRole('button', {
    name: new RegExp(`^${escapeRegExp(domainTitle)} .*Level \\d`),
  });
}

/** Expands a domain and returns one of its checks. */
export async function openCheck(
  page: Page,
  domainTitle: string,
  checkTitle: string,
): Promise<Locator> {
  const summary = domainSummary(page, domainTitle);
  if ((await summary.getAttribute('aria-expanded')) !== 'true') {
    await summary.click();
  }
  const check = page.getByRole('article', { name: `Check ${checkTitle}` });
  await expect(check).toBeVisible();
  return check;
}

/** A row of the attestations or waivers table of the audit card. */
export function auditRow(
  page: Page,
  table: 'Attestations' | 'Waivers',
  checkTitle: string,
): Locator {
  return page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ hasText: checkTitle });
}

/** An entry of the audit trail, e.g. `created an attestation of "…"`. */
export function auditTrailEntry(page: Page, text: string): Locator {
  return page
    .getByRole('list', { name: 'Audit trail' })
    .getByRole('listitem')
    .filter({ hasText: text });
}
