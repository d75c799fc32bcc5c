import type { APIRequestContext } from '@playwright/test';
import { countEntities, isMember, waitForSettledCatalog } from './catalogState';
import { newestDemoFactTime } from './demoFacts';
import { countExampleEntities } from './exampleCatalog';
import { poll } from './poll';
import { EVALUATED_KINDS, guestToken } from './portal';
import { finished, latestRun, runFullEvaluation } from './runs';

const MINUTE = 60_000;

/**
 * Waits until the portal's first scheduled maturity evaluation finished and
 * the results cover the settled demo catalog with every demo fact. On a
 * fresh database the first run usually starts while the catalog is still
 * ingesting and stitching relations (it may even find no entity); then a full
 * run is triggered (`POST /runs`: the guest's team is a maturity admin in the
 * demo policy) and awaited, so every test starts from the same results.
 */
export async function waitForCompleteEvaluation(
  request: APIRequestContext,
): Promise<void> {
  // Any signed-in user may read; until the catalog holds the guest's team,
  // the guest's token carries no group membership.
  let token = await guestToken(request);
  const firstRun = await poll(
    'the first maturity evaluation run',
    async () => finished(await latestRun(request, token)),
    { timeoutMs: 5 * MINUTE, intervalMs: 2000 },
  );

  const expected = countExampleEntities(EVALUATED_KINDS);
  await poll(
    `the catalog to hold the ${expected} demo entities of evaluated kinds`,
    async () =>
      (await countEntities(request, token, EVALUATED_KINDS)) === expected
        ? true
        : undefined,
    { timeoutMs: 2 * MINUTE },
  );
  await poll(
    "the catalog to list the guest's team",
    async () =>
      (await isMember(
        request,
        token,
        'guest',
        'group:default/quick-payment-team',
      ))
        ? true
        : undefined,
    { timeoutMs: 2 * MINUTE },
  );
  const catalogAt = await waitForSettledCatalog(request, token, {
    quietMs: 8000,
    timeoutMs: 3 * MINUTE,
  });
  const factsAt = await poll(
    'the demo fact retrievers',
    () => newestDemoFactTime(request, token),
    { timeoutMs: 2 * MINUTE },
  );

  const firstRunComplete =
    firstRun.entities === expected &&
    firstRun.errors === 0 &&
    new Date(firstRun.startedAt).getTime() > Math.max(catalogAt, factsAt);
  if (firstRunComplete) return;
  console.log(
    `The first evaluation run saw ${firstRun.entities} of ${expected} entities before the catalog settled: starting a full run`,
  );

  // Signed in again now that the catalog knows the guest's team.
  token = await guestToken(request);
  const run = await runFullEvaluation(request, token, firstRun);
  if (run.entities !== expected || run.errors !== 0) {
    throw new Error(
      `The maturity run evaluated ${run.entities} entities with ${run.errors} errors; expected ${expected} without errors`,
    );
  }
}
