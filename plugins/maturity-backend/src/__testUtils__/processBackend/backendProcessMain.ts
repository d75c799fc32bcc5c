/*
 * A maturity backend in a process of its own, for tests that kill it with
 * SIGKILL (src/__testUtils__/processBackend/spawnMaturityBackend.ts starts
 * it). Run with `node -r @backstage/cli/config/nodeTransform.cjs`. Reads its
 * options as JSON from MATURITY_PROCESS_BACKEND (see `ProcessBackendOptions`),
 * serves the maturity plugin over a generated catalog on the given database
 * with the real scheduler and a fact provider that takes `pageDelayMs` per
 * page, and prints `MATURITY_BACKEND_READY {"port":…}` once it answers.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { maturityFactProvidersExtensionPoint } from '@devops-maturity/plugin-maturity-node';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { maturityPlugin } from '../../plugin';
import { generatedCatalog } from './generatedCatalog';
import {
  READY_MARKER,
  type ProcessBackendOptions,
} from './processBackendOptions';

async function main() {
  const options: ProcessBackendOptions = JSON.parse(
    process.env.MATURITY_PROCESS_BACKEND ?? '{}',
  );
  const slowPages = createBackendModule({
    pluginId: 'maturity',
    moduleId: 'slow-pages',
    register(env) {
      env.registerInit({
        deps: { providers: maturityFactProvidersExtensionPoint },
        async init({ providers }) {
          providers.addFactProvider({
            id: 'slow-pages',
            async getEvidence() {
              await sleep(options.pageDelayMs);
              return new Map();
            },
          });
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      maturityPlugin,
      slowPages,
      catalogServiceMock.factory({
        entities: generatedCatalog(options.components),
      }),
      mockServices.rootConfig.factory({
        data: {
          backend: { database: options.database },
          maturity: {
            batchSize: options.batchSize,
            readCacheSeconds: 0,
            runTakeoverAfter: { milliseconds: options.runTakeoverAfterMs },
            resumeAbandonedRuns: options.resumeAbandonedRuns ?? false,
            schedule: {
              frequency: { trigger: 'manual' },
              // as long as in the adopter's deployment: only the run lease
              // can end the block early
              timeout: { minutes: 10 },
            },
          },
        },
      }),
      schedulerServiceFactory,
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      // warnings (takeovers, resumed runs, failures) reach the test's output
      mockServices.rootLogger.factory({ level: 'warn' }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  process.stdout.write(`${READY_MARKER} ${JSON.stringify({ port })}\n`);
  const stop = () => {
    backend.stop().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch(error => {
  process.stderr.write(`backend process failed to start: ${error}\n`);
  process.exit(1);
});
