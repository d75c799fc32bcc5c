import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import catalogBackend from '@backstage/plugin-catalog-backend';
import techInsightsBackend from '@backstage-community/plugin-tech-insights-backend';
import maturityBackend from '@devops-maturity/plugin-maturity-backend';
import maturityTechInsights from '@devops-maturity/plugin-maturity-backend-module-tech-insights';
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import techInsightsDemoFacts from './modules/techInsightsDemoFacts';

jest.setTimeout(120_000);

/** packages/backend: the working directory `yarn start` gives the backend. */
const backendDir = path.resolve(__dirname, '..');
const examples = path.resolve(backendDir, '../../examples');

/** The README's PostgreSQL command, from packages/backend. */
const argv = [
  '--config',
  '../../app-config.yaml',
  '--config',
  '../../app-config.production.yaml',
];

/** The CI server unless POSTGRES_* name another, as the README's command does. */
const postgresEnv = {
  POSTGRES_HOST: process.env.POSTGRES_HOST || '127.0.0.1',
  POSTGRES_PORT: process.env.POSTGRES_PORT || '5432',
  POSTGRES_USER: process.env.POSTGRES_USER || 'postgres',
  POSTGRES_PASSWORD: process.env.POSTGRES_PASSWORD ?? '',
};

/** Plugin databases of this run: `<prefix><pluginId>`, dropped afterwards. */
const prefix = `maturity_smoke_${process.pid}_${Date.now()}_`;

function clientConfig() {
  return {
    host: postgresEnv.POSTGRES_HOST,
    port: Number(postgresEnv.POSTGRES_PORT),
    user: postgresEnv.POSTGRES_USER,
    password: postgresEnv.POSTGRES_PASSWORD,
    database: 'postgres',
    connectionTimeoutMillis: 3_000,
  };
}

/**
 * Runs `body` with `client` connected to the server's postgres database, in a
 * child process: synchronous, so that the suite can be skipped rather than
 * pass without running (pg ships no types; this package has no @types/pg).
 * Returns whether it succeeded.
 */
function withPostgres(body: string): boolean {
  const script = `
    const { Client } = require(${JSON.stringify(require.resolve('pg'))});
    const client = new Client(${JSON.stringify(clientConfig())});
    (async () => { await client.connect(); ${body} })()
      .finally(() => client.end().catch(() => {}))
      .catch(error => { console.error(error.message); process.exit(1); });`;
  return (
    spawnSync(process.execPath, ['-e', script], {
      timeout: 20_000,
      stdio: ['ignore', 'ignore', 'inherit'],
    }).status === 0
  );
}

function dropRunDatabases() {
  const dropped = withPostgres(`
    const { rows } = await client.query(
      'select datname from pg_database where starts_with(datname, $1)',
      [${JSON.stringify(prefix)}],
    );
    for (const { datname } of rows) {
      await client.query('drop database "' + datname + '" with (force)');
    }`);
  if (!dropped) {
    throw new Error(`could not drop the databases ${prefix}*`);
  }
}

/** Refs of the catalog documents under examples/ that all.yaml pulls in. */
function exampleEntityRefs(kinds: string[]): string[] {
  const location = parseAllDocuments(
    fs.readFileSync(path.join(examples, 'all.yaml'), 'utf8'),
  )[0].toJS();
  return location.spec.targets.flatMap((target: string) =>
    parseAllDocuments(fs.readFileSync(path.join(examples, target), 'utf8'))
      .map(doc => doc.toJS())
      .filter(entity => kinds.includes(entity.kind.toLowerCase()))
      .map(
        entity =>
          `${entity.kind.toLowerCase()}:${
            entity.metadata.namespace ?? 'default'
          }/${entity.metadata.name}`,
      ),
  );
}

/** The last response a poll saw, for its timeout message. */
let lastSeen = '';
function seen(res: request.Response) {
  lastSeen = `${res.status} ${res.text.slice(0, 500)}`;
  return res;
}

async function poll<T>(read: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for the backend; last: ${lastSeen}`);
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}

const reachable = withPostgres(`await client.query('select 1');`);
if (!reachable) {
  // eslint-disable-next-line no-console
  console.warn(
    `Skipping the production config smoke test: PostgreSQL is not reachable at ${postgresEnv.POSTGRES_HOST}:${postgresEnv.POSTGRES_PORT} as ${postgresEnv.POSTGRES_USER} (set POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD)`,
  );
}

/**
 * Smoke test of app-config.production.yaml: the backend started the way the
 * README says (both config files, working directory packages/backend, the
 * real config loader and database service) on PostgreSQL loads the demo
 * catalog, the demo facts and evaluates maturity.
 */
(reachable ? describe : describe.skip)(
  'production config on PostgreSQL',
  () => {
    const savedEnv = { ...process.env };
    const savedCwd = process.cwd();
    let backend: Awaited<ReturnType<typeof startTestBackend>>;

    beforeAll(async () => {
      Object.assign(process.env, postgresEnv, {
        APP_CONFIG_backend_database_prefix: prefix,
      });
      process.chdir(backendDir);
      backend = await startTestBackend({
        features: [
          rootConfigServiceFactory({ argv, watch: false }),
          databaseServiceFactory,
          // Runs every scheduled task once at startup instead of on its cadence.
          mockServices.scheduler.factory({
            includeInitialDelayedTasksOnStartup: true,
          }),
          // Permissions are not under test here (app-config.yaml enables them).
          mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
          catalogBackend,
          techInsightsBackend,
          techInsightsDemoFacts,
          maturityBackend,
          maturityTechInsights,
        ],
      });
    });

    afterAll(async () => {
      await backend?.stop();
      process.chdir(savedCwd);
      process.env = savedEnv;
      dropRunDatabases();
    });

    const auth = mockCredentials.user.header('user:default/guest');
    const kinds = ['component', 'system', 'api', 'resource', 'group'];

    const expected = exampleEntityRefs(kinds).sort();

    /** The refs of the evaluated kinds, once the catalog holds them all. */
    const catalogRefs = () =>
      poll(async () => {
        const res = seen(
          await request(backend.server)
            .get('/api/catalog/entities/by-query')
            .query({ filter: kinds.map(kind => `kind=${kind}`), limit: 500 })
            .set('Authorization', auth),
        );
        return res.status === 200 && res.body.items.length >= expected.length
          ? (res.body.items.map(
              (e: any) =>
                `${e.kind.toLowerCase()}:${e.metadata.namespace}/${
                  e.metadata.name
                }`,
            ) as string[])
          : undefined;
      });

    /** The runs, once none is running and `ready` holds. */
    const settledRuns = (ready: (runs: any[]) => boolean = () => true) =>
      poll(async () => {
        const res = seen(
          await request(backend.server)
            .get('/api/maturity/runs')
            .set('Authorization', auth),
        );
        const runs: any[] = res.status === 200 ? res.body.items : [];
        return res.status === 200 &&
          !runs.some(r => r.status === 'running') &&
          ready(runs)
          ? runs
          : undefined;
      });

    it('loads every demo entity of the evaluated kinds into the catalog', async () => {
      expect(expected).toContain('component:default/quickpay-gateway');
      expect((await catalogRefs()).sort()).toEqual(expected);
    });

    it('stores the demo facts of a service in TechInsights', async () => {
      const facts = await poll(async () => {
        const res = seen(
          await request(backend.server)
            .get('/api/tech-insights/facts/latest')
            .query({
              entity: 'component:default/quickpay-gateway',
              'ids[]': ['doraFactRetriever', 'sloFactRetriever'],
            })
            .set('Authorization', auth),
        );
        return res.status === 200 && Object.keys(res.body).length === 2
          ? res.body
          : undefined;
      });
      expect(facts.doraFactRetriever.facts).toMatchObject({
        deploymentsPerWeek: 14,
        leadTimeHours: 18,
      });
      expect(facts.sloFactRetriever.facts).toMatchObject({ sloDefined: true });
    });

    it('evaluates a demo service in a triggered maturity run', async () => {
      const server = backend.server;
      // A full run once the catalog holds every demo entity and the run at
      // startup (on a catalog still loading) has finished.
      await catalogRefs();
      await settledRuns();
      const trigger = await request(server)
        .post('/api/maturity/runs')
        .set('Authorization', auth);
      expect(trigger.status).toBe(202);

      const isManual = (r: any) => r.trigger === 'manual';
      const run = (await settledRuns(runs => runs.some(isManual))).find(
        isManual,
      );
      expect(run).toMatchObject({ status: 'succeeded', errors: 0 });
      expect(run.entities).toBeGreaterThanOrEqual(expected.length);

      const scorecard = await request(server)
        .get(
          '/api/maturity/entities/component/default/quickpay-gateway/scorecard',
        )
        .set('Authorization', auth);
      expect(scorecard.status).toBe(200);
      expect(scorecard.body).toMatchObject({
        entityRef: 'component:default/quickpay-gateway',
        modelId: 'caict-devops',
      });
      expect(scorecard.body.level).toBeGreaterThanOrEqual(1);
    });
  },
);
