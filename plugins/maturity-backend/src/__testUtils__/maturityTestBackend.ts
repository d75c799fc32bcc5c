import type {
  BackendFeature,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { JsonObject } from '@backstage/types';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { maturityPlugin } from '../plugin';
import { demoEntities } from './demoEntities';

/** A database that outlives the backends started on it. */
export interface BackendDatabase {
  /** Config to merge into the backend's config. */
  config: JsonObject;
  /** Service factories that point the backend at the database. */
  features: ServiceFactory[];
  cleanup(): Promise<void>;
}

/** A file SQLite database in a fresh temporary directory, opened from config. */
export function fileSqliteDatabase(): BackendDatabase {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-db-'));
  return {
    config: {
      backend: {
        database: { client: 'better-sqlite3', connection: { directory } },
      },
    },
    features: [],
    cleanup: async () => fs.rmSync(directory, { recursive: true, force: true }),
  };
}

/** A database of `TestDatabases`; every backend started on it shares it. */
export async function testDatabase(
  databases: TestDatabases,
  id: TestDatabaseId,
): Promise<BackendDatabase> {
  const knex = await databases.init(id);
  return {
    config: {},
    features: [mockServices.database.factory({ knex })],
    cleanup: async () => {},
  };
}

/**
 * The persistent databases to test on: file SQLite always, PostgreSQL 15
 * when configured (`BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING`).
 */
export function persistentDatabases(
  databases: TestDatabases,
): Array<[string, () => Promise<BackendDatabase>]> {
  return [
    ['file SQLite', async () => fileSqliteDatabase()],
    ...(databases.supports('POSTGRES_15')
      ? [
          ['POSTGRES_15', () => testDatabase(databases, 'POSTGRES_15')] as [
            string,
            () => Promise<BackendDatabase>,
          ],
        ]
      : []),
  ];
}

/** The default database of a test backend: in-memory SQLite. */
const inMemory: BackendDatabase = {
  config: {},
  features: [],
  cleanup: async () => {},
};

/**
 * Starts the maturity plugin with a mock catalog on a given database
 * (in-memory SQLite by default), allowing everything unless told otherwise.
 * With `runOnStartup` the evaluation task runs once before the backend
 * answers; otherwise it runs only on `POST /runs`.
 */
export async function startMaturityBackend(options: {
  database?: BackendDatabase;
  permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  /** Replaces the permissions service that answers `permission` to all. */
  permissions?: ServiceFactory;
  config?: JsonObject;
  entities?: Entity[];
  runOnStartup?: boolean;
  features?: Array<BackendFeature | ServiceFactory>;
  scheduler?: ServiceFactory;
}) {
  const database = options.database ?? inMemory;
  return startTestBackend({
    features: [
      maturityPlugin,
      catalogServiceMock.factory({
        entities: options.entities ?? demoEntities,
      }),
      mockServices.rootConfig.factory({
        data: { ...database.config, ...options.config },
      }),
      ...database.features,
      options.scheduler ??
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: options.runOnStartup ?? false,
        }),
      options.permissions ??
        mockServices.permissions.factory({
          result: options.permission ?? AuthorizeResult.ALLOW,
        }),
      ...(options.features ?? []),
    ],
  });
}

/** Authenticated requests to the maturity API of a test backend. */
export function maturityApi(server: Parameters<typeof request>[0]) {
  const base = '/api/maturity';
  const user = mockCredentials.user.header('user:default/alice');
  return {
    get: (apiPath: string) =>
      request(server).get(`${base}${apiPath}`).set('Authorization', user),
    post: (apiPath: string, body: object = {}) =>
      request(server)
        .post(`${base}${apiPath}`)
        .set('Authorization', user)
        .send(body),
    delete: (apiPath: string) =>
      request(server).delete(`${base}${apiPath}`).set('Authorization', user),
  };
}
