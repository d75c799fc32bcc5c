import type { Page } from '@playwright/test';

/**
 * Resolves once the page received the permission backend's decisions on every
 * named permission (the frontend asks `POST /api/permission/authorize`).
 * Register before navigating; afterwards, buttons that depend on those
 * decisions are in their final state.
 */
export function permissionDecisions(
  page: Page,
  permissionNames: string[],
): Promise<void> {
  const pending = new Set(permissionNames);
  return new Promise(resolve => {
    const onResponse = (response: import('@playwright/test').Response) => {
      const request = response.request();
      if (!request.url().endsWith('/api/permission/authorize')) return;
      const body = request.postData() ?? '';
      for (const name of [...pending]) {
        if (body.includes(`"${name}"`)) pending.delete(name);
      }
      if (pending.size === 0) {
        page.off('response', onResponse);
        resolve();
      }
    };
    page.on('response', onResponse);
  });
}
