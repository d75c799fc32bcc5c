import { mockServices } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { DatabaseMaturityStore } from './DatabaseMaturityStore';
import { migrationsDirectory } from './migrationsDirectory';
import { TABLES } from './tables';
import {
  createTestDatabases,
  evaluation,
  MODEL_ID,
} from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

async function existingTables(knex: Knex): Promise<string[]> {
  const present: string[] = [];
  for (const table of Object.values(TABLES)) {
    if (await knex.schema.hasTable(table)) {
      present.push(table);
    }
  }
  return present;
}

const CAMPAIGNS_MIGRATION = '20261207100000_campaigns.js';
const NOTICES_MIGRATION = '20261207200000_campaign_notices.js';

/** Undoes the latest migrations, down to and including `name`. */
async function downTo(knex: Knex, name: string) {
  const directory = migrationsDirectory();
  for (;;) {
    const [completed] = await knex.migrate.list({ directory });
    const names = (completed as Array<{ name: string }>).map(m => m.name);
    if (!names.includes(name)) return;
    await knex.migrate.down({ directory });
  }
}

describe('migrations', () => {
  it.each(databases.eachSupportedId())(
    'go up, down to zero and up again, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = migrationsDirectory();

      await knex.migrate.latest({ directory });
      expect(await existingTables(knex)).toEqual(Object.values(TABLES));

      await knex.migrate.rollback({ directory }, true);
      expect(await existingTables(knex)).toEqual([]);

      await knex.migrate.latest({ directory });
      expect(await existingTables(knex)).toEqual(Object.values(TABLES));

      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      await store.applyEvaluations(
        [
          evaluation({
            entityRef: 'component:default/a',
            domains: { build: 2 },
          }),
        ],
        new Date('2026-01-01T00:00:00Z'),
      );
      expect(await store.listEvaluatedEntityRefs(MODEL_ID)).toEqual([
        'component:default/a',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'convert check result rows to documents and back, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = migrationsDirectory();
      await knex.migrate.up({ directory, name: '20261126000000_init.js' });
      const row = (
        checkId: string,
        domainId: string,
        value: string | null,
      ) => ({
        model_id: MODEL_ID,
        entity_ref: 'component:default/a',
        check_id: checkId,
        domain_id: domainId,
        capability_id: 'cap',
        level: 2,
        status: 'passed',
        value,
        message: `${checkId} passed`,
        source: 'catalog',
        updated_at: '2026-01-01T00:00:00.000Z',
      });
      await knex('maturity_check_results').insert([
        row('z', 'build', '{"a":1}'),
        row('b', 'deploy', null),
        row('a', 'deploy', '3'),
      ]);

      await knex.migrate.latest({ directory });
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      const checks = await store.getCheckResults(MODEL_ID, [
        'component:default/a',
      ]);
      expect(checks.get('component:default/a')).toEqual([
        {
          checkId: 'z',
          domainId: 'build',
          capabilityId: 'cap',
          level: 2,
          status: 'passed',
          value: { a: 1 },
          message: 'z passed',
          source: 'catalog',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
        expect.objectContaining({ checkId: 'a', value: 3 }),
        expect.not.objectContaining({ value: expect.anything() }),
      ]);

      // a document in today's layout (a table of times) converts back too
      await store.applyEvaluations(
        [
          evaluation({
            entityRef: 'component:default/b',
            domains: { build: 1 },
            checks: [{ checkId: 'y', value: 5 }],
          }),
        ],
        new Date('2026-02-01T00:00:00Z'),
      );

      await knex.migrate.down({
        directory,
        name: '20261126100000_check_result_documents.js',
      });
      const rows = await knex('maturity_check_results').orderBy([
        'entity_ref',
        'check_id',
      ]);
      expect(
        rows.map(r => [r.entity_ref, r.check_id, r.value, r.updated_at]),
      ).toEqual([
        ['component:default/a', 'a', '3', '2026-01-01T00:00:00.000Z'],
        ['component:default/a', 'b', null, '2026-01-01T00:00:00.000Z'],
        ['component:default/a', 'z', '{"a":1}', '2026-01-01T00:00:00.000Z'],
        ['component:default/b', 'y', '5', '2026-02-01T00:00:00.000Z'],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'add run actors and requests, keeping earlier runs, and remove them again, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = migrationsDirectory();
      for (const name of [
        '20261126000000_init.js',
        '20261126100000_check_result_documents.js',
        '20261206100000_indicators.js',
      ]) {
        await knex.migrate.up({ directory, name });
      }
      const run = {
        id: 'run-1',
        trigger: 'scheduled',
        status: 'succeeded',
        started_at: '2026-01-01T00:00:00.000Z',
        finished_at: '2026-01-01T00:01:00.000Z',
        entities: 3,
        changed_entities: 1,
        errors: 0,
        error_details: '[]',
      };
      await knex(TABLES.runs).insert(run);

      await knex.migrate.latest({ directory });
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      const [before] = await store.listRuns(1);
      expect(before).toMatchObject({ id: 'run-1', trigger: 'scheduled' });
      expect(before).not.toHaveProperty('actor');
      await store.requestRun('user:default/alice', new Date());
      expect(await store.takeRunRequest()).toMatchObject({
        actor: 'user:default/alice',
      });

      await knex.migrate.down({
        directory,
        name: '20261206200000_run_actors.js',
      });
      expect(await knex.schema.hasTable(TABLES.runRequests)).toBe(false);
      expect(await knex.schema.hasColumn(TABLES.runs, 'actor')).toBe(false);
      expect(await knex(TABLES.runs).select('id')).toEqual([{ id: 'run-1' }]);
    },
  );

  it.each(databases.eachSupportedId())(
    'add campaigns and entity tags, keeping entities, and remove them again, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = migrationsDirectory();
      await knex.migrate.latest({ directory });
      await downTo(knex, CAMPAIGNS_MIGRATION);
      expect(await knex.schema.hasTable(TABLES.campaigns)).toBe(false);
      expect(await knex.schema.hasColumn(TABLES.entities, 'tags')).toBe(false);
      const store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      await knex(TABLES.entities).insert({
        model_id: MODEL_ID,
        entity_ref: 'component:default/a',
        kind: 'Component',
        namespace: 'default',
        name: 'a',
        level: 2,
        score: 0.4,
        evaluated_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      });

      await knex.migrate.latest({ directory });
      expect(await knex(TABLES.entities).select('entity_ref', 'tags')).toEqual([
        { entity_ref: 'component:default/a', tags: null },
      ]);
      await store.createCampaign(
        'c',
        {
          title: 'C',
          owner: 'group:default/a',
          modelId: MODEL_ID,
          targets: [{ domain: 'overall', level: 3 }],
          scope: {},
          startDate: '2026-01-01',
          targetDate: '2026-02-01',
          state: 'active',
        },
        'user:default/a',
        new Date('2026-01-01T00:00:00Z'),
      );
      expect((await store.listCampaignAudit('c')).length).toBe(1);

      await downTo(knex, CAMPAIGNS_MIGRATION);
      expect(await knex.schema.hasTable(TABLES.campaigns)).toBe(false);
      expect(await knex.schema.hasTable(TABLES.campaignAudit)).toBe(false);
      expect(await knex(TABLES.entities).select('entity_ref')).toEqual([
        { entity_ref: 'component:default/a' },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'add campaign notices and remove them again, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = migrationsDirectory();
      await knex.migrate.latest({ directory });
      const notice = {
        campaign_id: 'c',
        event: 'start',
        recipient: 'group:default/a',
        day: '2026-01-01',
        sent_at: '2026-01-01T00:00:00.000Z',
      };
      await knex(TABLES.campaignNotices).insert(notice);
      // the key: one row per campaign, event, recipient and day
      const again = await knex(TABLES.campaignNotices)
        .insert(notice)
        .then(
          () => 'inserted',
          (error: Error) => `refused: ${error.message}`,
        );
      expect(again).toMatch(/^refused: .*(UNIQUE|unique|duplicate)/);
      const [{ n }] = await knex(TABLES.campaignNotices).count({ n: '*' });
      expect(Number(n)).toBe(1);
      await knex(TABLES.campaignNotices).insert({
        ...notice,
        day: '2026-01-02',
      });

      await downTo(knex, NOTICES_MIGRATION);
      expect(await knex.schema.hasTable(TABLES.campaignNotices)).toBe(false);
      expect(await knex.schema.hasTable(TABLES.campaigns)).toBe(true);
      await knex.migrate.latest({ directory });
      expect(await knex(TABLES.campaignNotices)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'compress check documents with lz4 on PostgreSQL and restore the default, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = migrationsDirectory();
      await knex.migrate.latest({ directory });
      if (knex.client.dialect !== 'postgresql') return; // SQLite: nothing to change
      const compression = async () => {
        const { rows } = await knex.raw(
          `select attcompression as method from pg_attribute
           where attrelid = 'maturity_entity_checks'::regclass and attname = 'checks'`,
        );
        return rows[0].method;
      };
      expect(await compression()).toBe('l');
      await knex.migrate.down({
        directory,
        name: '20261206310000_check_documents_lz4.js',
      });
      expect(await compression()).toBe('');
    },
  );

  it.each(databases.eachSupportedId())(
    'are not run when the database service says skip, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await DatabaseMaturityStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      expect(await existingTables(knex)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'are idempotent when the store is created twice, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const database = mockServices.database({ knex });
      await DatabaseMaturityStore.create({ database });
      await DatabaseMaturityStore.create({ database });
      expect(await existingTables(knex)).toEqual(Object.values(TABLES));
    },
  );
});

describe('reports migration', () => {
  it.each(databases.eachSupportedId())(
    'adds and removes maturity_reports, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = migrationsDirectory();
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable(TABLES.reports)).toBe(true);
      await knex.migrate.down({ directory, name: '20261208000000_reports.js' });
      expect(await knex.schema.hasTable(TABLES.reports)).toBe(false);
      expect(await knex.schema.hasTable(TABLES.campaigns)).toBe(true);
    },
  );
});

describe('pushed facts migration', () => {
  it.each(databases.eachSupportedId())(
    'adds and removes maturity_pushed_facts with its unique key, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = migrationsDirectory();
      await knex.migrate.latest({ directory });
      const row = {
        entity_ref: 'component:default/a',
        source: 'ci',
        timestamp: '2026-12-09T00:00:00.000Z',
        facts: '{}',
        received_at: '2026-12-09T00:00:00.000Z',
        pushed_by: 'external:ci',
      };
      await knex(TABLES.pushedFacts).insert(row);
      // better-sqlite3's errors come from the realm of the first test file
      // of a worker, so `rejects.toThrow()` (instanceof Error) cannot tell:
      // the unique key is asserted by the database's error code.
      const duplicate: unknown = await knex(TABLES.pushedFacts)
        .insert(row)
        .then(
          () => undefined,
          error => error,
        );
      expect((duplicate as { code?: string } | undefined)?.code).toMatch(
        /^(SQLITE_CONSTRAINT|23505)/,
      );
      await knex.migrate.down({
        directory,
        name: '20261209000000_pushed_facts.js',
      });
      expect(await knex.schema.hasTable(TABLES.pushedFacts)).toBe(false);
      expect(await knex.schema.hasTable(TABLES.reports)).toBe(true);
    },
  );
});

describe('evidence outages migration', () => {
  it.each(databases.eachSupportedId())(
    'adds and removes maturity_evidence_outages and maturity_runs.sources_down, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const directory = migrationsDirectory();
      await knex.migrate.latest({ directory });
      const row = {
        entity_ref: 'component:default/a',
        source: 'techInsights',
        since: '2026-12-10T00:00:00.000Z',
        last_failure_at: '2026-12-10T00:00:00.000Z',
        last_success_at: null,
        message: 'timeout',
        kept_checks: '{}',
      };
      await knex(TABLES.evidenceOutages).insert(row);
      const duplicate: unknown = await knex(TABLES.evidenceOutages)
        .insert(row)
        .then(
          () => undefined,
          error => error,
        );
      expect((duplicate as { code?: string } | undefined)?.code).toMatch(
        /^(SQLITE_CONSTRAINT|23505)/,
      );
      expect(await knex.schema.hasColumn(TABLES.runs, 'sources_down')).toBe(
        true,
      );
      await knex.migrate.down({
        directory,
        name: '20261210000000_evidence_outages.js',
      });
      expect(await knex.schema.hasTable(TABLES.evidenceOutages)).toBe(false);
      expect(await knex.schema.hasColumn(TABLES.runs, 'sources_down')).toBe(
        false,
      );
      expect(await knex.schema.hasTable(TABLES.pushedFacts)).toBe(true);
    },
  );
});
