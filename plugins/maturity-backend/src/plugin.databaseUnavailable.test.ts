import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import net, { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  BackendDatabase,
  fileSqliteDatabase,
  maturityApi,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(120_000);

const SCORECARD = '/entities/component/default/quickpay-gateway/scorecard';
const REFRESH = '/entities/component/default/quickpay-gateway/refresh';

/** What no error body may carry: SQL, table names, addresses, driver codes, stack frames. */
const INTERNALS =
  /select\s|insert\s|update\s|delete\s|maturity_[a-z_]+|127\.0\.0\.1|5432|ECONNREFUSED|ECONNRESET|SQLITE_|\.sqlite|\.ts:\d|\bat \w+ \(/i;

function expectUnavailable(response: {
  status: number;
  body: any;
  text: string;
}) {
  expect(response.status).toBe(503);
  expect(response.body.error.name).toBe('ServiceUnavailableError');
  expect(response.body.error.message).toMatch(/log id/);
  expect(response.text).not.toMatch(INTERNALS);
}

/** A TCP proxy in front of PostgreSQL that can be cut (connections refused) and restored. */
async function cuttableProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>(resolve => {
      server = net.createServer(client => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => socket.destroy());
          socket.on('close', () => {
            sockets.delete(socket);
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    port: () => port,
    cut: () =>
      new Promise<void>(resolve => {
        sockets.forEach(s => s.destroy());
        server!.close(() => resolve());
      }),
    restore: listen,
  };
}

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

describe('the database becomes unavailable under a running backend', () => {
  it.each(databases.eachSupportedId())(
    '%s refusing connections: 503 without internals, and nothing stored is lost',
    async databaseId => {
      const direct = await databases.init(databaseId);
      const connection = direct.client.config
        .connection as Knex.PgConnectionConfig;
      const proxy = await cuttableProxy({
        host: connection.host ?? '127.0.0.1',
        port: Number(connection.port ?? 5432),
      });
      const viaProxy = knexFactory({
        client: 'pg',
        connection: { ...connection, host: '127.0.0.1', port: proxy.port() },
        pool: { min: 0, max: 5, acquireTimeoutMillis: 5_000 },
      });
      const database: BackendDatabase = {
        config: {},
        features: [mockServices.database.factory({ knex: viaProxy })],
        cleanup: async () => {},
      };
      const backend = await startMaturityBackend({
        database,
        runOnStartup: true,
      });
      try {
        const api = maturityApi(backend.server);
        const before = await api.get(SCORECARD);
        expect(before.status).toBe(200);

        await proxy.cut();
        expectUnavailable(await api.get(SCORECARD));
        expectUnavailable(await api.post(REFRESH));
        expectUnavailable(await api.get('/entities?limit=5'));

        await proxy.restore();
        const after = await api.get(SCORECARD);
        expect(after.status).toBe(200);
        expect(after.body).toEqual(before.body);
      } finally {
        await backend.stop();
        await viaProxy.destroy();
        await proxy.cut().catch(() => undefined);
      }
    },
  );

  it('SQLite locked by another process: 503 without internals, and nothing stored is lost', async () => {
    const database = fileSqliteDatabase();
    const directory = (database.config as any).backend.database.connection
      .directory as string;
    const backend = await startMaturityBackend({
      database,
      runOnStartup: true,
    });
    try {
      const api = maturityApi(backend.server);
      const before = await api.get(SCORECARD);
      expect(before.status).toBe(200);

      // another process (a backup, a migration tool) holds the file
      const other = knexFactory({
        client: 'better-sqlite3',
        connection: { filename: path.join(directory, 'maturity.sqlite') },
        useNullAsDefault: true,
        pool: { min: 1, max: 1 },
      });
      try {
        await other.raw('BEGIN EXCLUSIVE');
        expectUnavailable(await api.post(REFRESH));
        expectUnavailable(await api.get(SCORECARD));
      } finally {
        await other.raw('ROLLBACK');
        await other.destroy();
      }

      const after = await api.get(SCORECARD);
      expect(after.status).toBe(200);
      expect(after.body).toEqual(before.body);
    } finally {
      await backend.stop();
      await database.cleanup();
    }
  });
});
