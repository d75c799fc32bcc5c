import type { Page, Response } from '@playwright/test';

/**
 * Resolves once the page received the permission backend's decisions on every
 * named permission for the entity (the frontend asks
 * `POST /api/permission/authorize`). Register before navigating; afterwards,
 * buttons that depend on those decisions are in their final state.
 */
export function permissionDecisions(
  page: Page,
  entityRef: string,
  permissionNames: string[],
): Promise<void> {
  const pending = new Set(permissionNames);
  return new Promise(resolve => {
    const onResponse = (response: Response) => {
      const request = response.request();
      if (!request.url().endsWith('/api/permission/authorize')) return;
      const body = request.postData() ?? '';
      if (!body.includes(`"${entityRef}"`)) return;
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
