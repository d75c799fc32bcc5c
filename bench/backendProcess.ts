/*
 * One bench backend as its own process, for the open-loop mode of
 * bench/refresh.ts (several instances on one database): the maturity plugin
 * in a test backend over the generated catalog and facts (as bench/refresh.ts
 * starts in-process), on the database given. Prints `ready <port>` once it
 * serves (the test backend picks a free port), and stops on SIGTERM.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs bench/backendProcess.ts \
 *     '{"entities":10000,"groups":46,"batch":500,"database":{"client":"pg","connection":"postgresql://…"}}'
 *
 * The scheduler does not run evaluations by itself: a run starts with
 * `POST /runs` on one instance, and the others read what it stores.
 */
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import maturityPlugin from '@devops-maturity/plugin-maturity-backend';
import { AddressInfo } from 'node:net';
import { generateCatalog } from './catalog';
import { BenchDatabase, benchKnex } from './database';
import { benchFactsModule } from './factsModule';
import { indexedCatalogFactory } from './indexedCatalog';
import { remoteCatalogFactory, remoteFactsModule } from './remoteCatalog';

/** What a backend process is started with (one JSON argument). */
export interface BackendProcessOptions {
  entities: number;
  groups: number;
  batch: number;
  /** `maturity.readCacheSeconds`; the plugin's default when absent. */
  cacheSeconds?: number;
  database: Pick<BenchDatabase, 'client' | 'connection'>;
  /**
   * The catalog process (bench/catalogProcess.ts) serving the catalog and
   * facts, e.g. http://127.0.0.1:41235; generated in this process when absent.
   */
  catalogUrl?: string;
}

/** The catalog service and facts module: remote, or generated here. */
function catalogFeatures(options: BackendProcessOptions) {
  if (options.catalogUrl) {
    return [
      remoteFactsModule(options.catalogUrl),
      remoteCatalogFactory(options.catalogUrl),
    ];
  }
  const { entities, facts } = generateCatalog(options.entities, options.groups);
  return [benchFactsModule(facts), indexedCatalogFactory(entities)];
}

async function main() {
  const options = JSON.parse(process.argv[2] ?? '') as BackendProcessOptions;
  const backend = await startTestBackend({
    features: [
      maturityPlugin,
      ...catalogFeatures(options),
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          maturity: {
            batchSize: options.batch,
            ...(options.cacheSeconds === undefined
              ? {}
              : { readCacheSeconds: options.cacheSeconds }),
          },
        },
      }),
      mockServices.database.factory({
        knex: benchKnex(options.database, 20),
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  process.on('SIGTERM', () => {
    backend.stop().finally(() => process.exit(0));
  });
  process.stdout.write(`ready ${port}\n`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
