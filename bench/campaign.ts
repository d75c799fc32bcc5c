/*
 * The campaign of the backend benchmarks: every component under the org,
 * SRE level 3, started 60 days ago, created through the API.
 */

/** The id of the bench campaign. */
export const BENCH_CAMPAIGN_ID = 'bench-sre-l3';

/** Creates the bench campaign on the maturity API at `url`. */
export async function createBenchCampaign(
  url: string,
  token: string,
): Promise<void> {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const created = await fetch(`${url}/campaigns`, {
    method: 'POST',
    headers: { authorization: token, 'content-type': 'application/json' },
    body: JSON.stringify({
      id: BENCH_CAMPAIGN_ID,
      title: 'Bench: SRE level 3',
      owner: 'group:default/org',
      modelId: 'caict-devops',
      targets: [{ domain: 'sre', level: 3 }],
      scope: { groups: ['group:default/org'], filter: { kind: 'Component' } },
      startDate: day(-60),
      targetDate: day(90),
    }),
  });
  if (created.status !== 201) {
    throw new Error(
      `creating the bench campaign: ${created.status} ${await created.text()}`,
    );
  }
}
