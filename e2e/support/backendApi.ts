import type { APIRequestContext } from '@playwright/test';

/** GETs JSON from the demo backend as the signed-in guest. */
export async function getJson(
  request: APIRequestContext,
  token: string,
  url: string,
): Promise<any> {
  const response = await request.get(url, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok()) throw new Error(`GET ${url}: HTTP ${response.status()}`);
  return response.json();
}
