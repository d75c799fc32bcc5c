import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type {
  CheckStatus,
  CheckStatusCounts,
  JsonValue,
} from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { decodeCheckDocument } from '../checkDocument';
import { readCheckPlacements } from '../checkPlacements';
import { DatabaseMaturityStore } from '../DatabaseMaturityStore';
import { TABLES } from '../tables';
import type { EntityEvaluationWrite } from '../types';

/** The databases every store test runs on. */
export const DATABASE_IDS: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15'];

/** The model id used by the fixtures. */
export const MODEL_ID = 'caict';

/** Creates `TestDatabases` for the store tests; call at the top of a file. */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({ ids: DATABASE_IDS });
}

/** A fresh database with the store's schema, and the store. */
export async function createStore(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<{ knex: Knex; store: DatabaseMaturityStore }> {
  const knex = await databases.init(databaseId);
  const store = await DatabaseMaturityStore.create({
    database: mockServices.database({ knex }),
  });
  return { knex, store };
}

/** Status counts with zeros for everything not given. */
export function counts(
  partial: Partial<CheckStatusCounts> = {},
): CheckStatusCounts {
  return {
    passed: 0,
    failed: 0,
    unknown: 0,
    waived: 0,
    error: 0,
    notApplicable: 0,
    ...partial,
  };
}

/** A check of a fixture evaluation. */
export interface CheckFixture {
  checkId: string;
  domainId?: string;
  level?: number;
  status?: CheckStatus;
  value?: JsonValue;
  message?: string;
}

/**
 * An evaluation to write. The entity ref must look like
 * `kind:namespace/name`; domains map to their level, score = level / 5.
 */
export function evaluation(options: {
  entityRef: string;
  modelId?: string;
  ownerRef?: string;
  title?: string;
  lifecycle?: string;
  specType?: string;
  tags?: string[];
  level?: number | null;
  score?: number;
  domains?: Record<string, number | null>;
  checks?: CheckFixture[];
  keepStoredResultsFor?: string[];
}): EntityEvaluationWrite {
  const [kind, rest] = options.entityRef.split(':');
  const [namespace, name] = rest.split('/');
  const domains = Object.entries(options.domains ?? {}).map(
    ([domainId, level]) => ({
      domainId,
      level,
      score: level === null ? 0 : level / 5,
      counts: counts({ passed: level ?? 0 }),
      ...(level !== null && level < 5
        ? {
            nextLevel: {
              level: level + 1,
              checkIds: [`${domainId}-${level + 1}`],
            },
          }
        : {}),
    }),
  );
  return {
    modelId: options.modelId ?? MODEL_ID,
    entity: {
      entityRef: options.entityRef,
      kind: kind.charAt(0).toUpperCase() + kind.slice(1),
      namespace,
      name,
      title: options.title,
      specType: options.specType,
      lifecycle: options.lifecycle,
      ownerRef: options.ownerRef,
      ...(options.tags ? { tags: options.tags } : {}),
    },
    level: options.level === undefined ? 1 : options.level,
    score: options.score ?? 0.5,
    domains,
    checks: (options.checks ?? []).map(check => ({
      checkId: check.checkId,
      domainId: check.domainId ?? 'build',
      capabilityId: `${check.domainId ?? 'build'}-cap`,
      level: check.level ?? 1,
      status: check.status ?? 'passed',
      value: check.value,
      message:
        check.message ?? `${check.checkId} is ${check.status ?? 'passed'}`,
      source: 'catalog' as const,
    })),
    keepStoredResultsFor: options.keepStoredResultsFor,
  };
}

/** `count` checks named `check-0`.. spread over the given domains. */
export function manyChecks(
  count: number,
  domainIds: string[],
  status: CheckStatus = 'passed',
): CheckFixture[] {
  return Array.from({ length: count }, (_, i) => ({
    checkId: `check-${i}`,
    domainId: domainIds[i % domainIds.length],
    level: (i % 5) + 1,
    status,
    value: { observed: i, tags: ['a', 'b'] },
  }));
}

/** Counts the rows of a table. */
export async function countRows(
  knex: Knex,
  table: string,
  where: Record<string, string> = {},
): Promise<number> {
  const [{ count }] = await knex(table).where(where).count({ count: '*' });
  return Number(count);
}

/**
 * Counts stored check results (inside the per-entity documents), optionally
 * of one model and with one status.
 */
export async function countCheckResults(
  knex: Knex,
  where: { model_id?: string; status?: string } = {},
): Promise<number> {
  const { status, ...key } = where;
  const rows: Array<{ checks: string }> = await knex(TABLES.entityChecks)
    .where(key)
    .select('checks');
  const placements = await readCheckPlacements(
    knex,
    rows.map(row => row.checks),
  );
  return rows
    .flatMap(row => decodeCheckDocument(row.checks, placements))
    .filter(check => status === undefined || check.status === status).length;
}
