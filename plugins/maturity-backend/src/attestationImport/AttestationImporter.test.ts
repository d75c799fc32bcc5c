import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { loadModels } from '../model/loadModels';
import { ModelRegistry } from '../model/ModelRegistry';
import type { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { TABLES } from '../store/tables';
import {
  countRows,
  createStore,
  createTestDatabases,
} from '../store/__testUtils__/fixtures';
import { AttestationImporter } from './AttestationImporter';

jest.setTimeout(60_000);

const databases = createTestDatabases();
// The built-in CAICT model: ops-dr-plan is valid for 365 days,
// pm-monthly-metrics-review for 90, sre-slo-published is automated.
const models = new ModelRegistry(loadModels(new ConfigReader({})));

const GATEWAY = 'component:default/quickpay-gateway';
const ZHANG = 'user:default/zhang-wei';
const EMMA = 'user:default/emma-larsen';
const NOW = new Date('2026-12-06T10:00:00.000Z');
const DAY_MS = 24 * 3600 * 1000;

const HISTORY = `attestations:
  # QuickPay Gateway
  - entity: component:default/quickpay-gateway
    check: ops-dr-plan
    attestedBy: user:default/zhang-wei
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/quickpay/dr-2026
    comment: Failover to the second zone in 4 minutes
  - entity: component:default/quickpay-gateway
    check: pm-monthly-metrics-review
    attestedBy: user:default/emma-larsen
    attestedAt: 2026-05-01
    evidenceUrl: https://wiki.harborbank.example/quickpay/metrics-2026-05
`;

let directory: string;
beforeAll(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'attestation-import-'));
});
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

function writeFile(name: string, text: string): string {
  const file = path.join(directory, name);
  fs.writeFileSync(file, text);
  return file;
}

function importer(store: DatabaseMaturityStore, files: string[]) {
  return new AttestationImporter({
    files,
    store,
    models,
    logger: mockServices.logger.mock(),
  });
}

describe('AttestationImporter', () => {
  it.each(databases.eachSupportedId())(
    'imports attestations with their author, time and expiry, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const file = writeFile('history.yaml', HISTORY);

      expect(await importer(store, [file]).importAll(NOW)).toEqual({
        imported: 2,
        alreadyImported: 0,
      });

      const items = await store.listAttestations(GATEWAY);
      expect(items).toEqual([
        expect.objectContaining({
          checkId: 'pm-monthly-metrics-review',
          author: EMMA,
          createdAt: '2026-05-01T00:00:00.000Z',
          // 90 days later: expired before the import, still imported
          expiresAt: '2026-07-30T00:00:00.000Z',
          evidenceUrl:
            'https://wiki.harborbank.example/quickpay/metrics-2026-05',
        }),
        expect.objectContaining({
          checkId: 'ops-dr-plan',
          author: ZHANG,
          createdAt: '2026-03-01T00:00:00.000Z',
          expiresAt: '2027-03-01T00:00:00.000Z',
          comment: 'Failover to the second zone in 4 minutes',
        }),
      ]);
      const active = await store.getActiveAttestations([GATEWAY], NOW);
      expect(Object.keys(active.get(GATEWAY)!)).toEqual(['ops-dr-plan']);
    },
  );

  it.each(databases.eachSupportedId())(
    'audits each import like an attestation created through the API, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await importer(store, [writeFile('audited.yaml', HISTORY)]).importAll(
        NOW,
      );
      const [dr] = (await store.listAttestations(GATEWAY)).filter(
        a => a.checkId === 'ops-dr-plan',
      );

      const audit = await store.listAudit(GATEWAY);
      expect(audit).toHaveLength(2);
      expect(audit).toContainEqual({
        id: expect.any(String),
        entityRef: GATEWAY,
        checkId: 'ops-dr-plan',
        subject: 'attestation',
        subjectId: dr.id,
        action: 'created',
        actor: ZHANG,
        at: '2026-03-01T00:00:00.000Z',
        details: {
          evidenceUrl: 'https://wiki.harborbank.example/quickpay/dr-2026',
          comment: 'Failover to the second zone in 4 minutes',
          expiresAt: '2027-03-01T00:00:00.000Z',
          importedFrom: 'audited.yaml',
        },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'imports nothing again on a restart, revoked attestations included, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const file = writeFile('again.yaml', HISTORY);
      await importer(store, [file]).importAll(NOW);
      const [first] = await store.listAttestations(GATEWAY);
      await store.revokeAttestation(first.id, ZHANG, NOW);

      const later = new Date(NOW.getTime() + 3 * DAY_MS);
      expect(await importer(store, [file]).importAll(later)).toEqual({
        imported: 0,
        alreadyImported: 2,
      });
      expect(await countRows(knex, TABLES.attestations)).toBe(2);
      // two creations and one revocation
      expect(await countRows(knex, TABLES.auditLog)).toBe(3);
    },
  );

  it.each(databases.eachSupportedId())(
    'imports a relative date again only once its attestation has expired, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const file = writeFile(
        'relative.yaml',
        `attestations:
  - entity: component:default/quickpay-gateway
    check: pm-monthly-metrics-review
    attestedBy: user:default/emma-larsen
    attestedAt: -30d
    evidenceUrl: https://wiki.harborbank.example/quickpay/metrics
`,
      );
      const run = (daysLater: number) =>
        importer(store, [file]).importAll(
          new Date(NOW.getTime() + daysLater * DAY_MS),
        );

      expect(await run(0)).toEqual({ imported: 1, alreadyImported: 0 });
      // -30d now names another day, but the first import is still valid
      expect(await run(10)).toEqual({ imported: 0, alreadyImported: 1 });
      expect(await run(59)).toEqual({ imported: 0, alreadyImported: 1 });
      // valid 90 days from 30 days before the first import: expired at day 60
      expect(await run(61)).toEqual({ imported: 1, alreadyImported: 0 });

      const items = await store.listAttestations(GATEWAY);
      expect(items.map(a => [a.createdAt, a.expiresAt])).toEqual([
        ['2027-01-06T00:00:00.000Z', '2027-04-06T00:00:00.000Z'],
        ['2026-11-06T00:00:00.000Z', '2027-02-04T00:00:00.000Z'],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'imports nothing when any file has a problem, and lists them all, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const good = writeFile('good.yaml', HISTORY);
      const bad = writeFile(
        'bad.yaml',
        `attestations:
  - entity: component:default/quickpay-gateway
    check: sre-slo-published
    attestedBy: user:default/zhang-wei
    attestedAt: 2026-03-01
    evidenceUrl: https://wiki.harborbank.example/slo
  - entity: component:default/quickpay-gateway
    check: ops-dr-plan
    attestedBy: user:default/zhang-wei
    attestedAt: 2027-01-01
    evidenceUrl: https://wiki.harborbank.example/dr
`,
      );
      const missing = path.join(directory, 'missing.yaml');

      const error = await importer(store, [good, bad, missing])
        .importAll(NOW)
        .catch(e => e);
      expect(error.name).toBe('InputError');
      expect(error.message.split('\n')).toEqual([
        '3 problems in maturity.attestationImports; no attestation was imported:',
        `  ${bad}:3:12 attestations[0].check: 'sre-slo-published' is not an attestation check (model 'caict-devops' evaluates it by a rule)`,
        `  ${bad}:10:17 attestations[1].attestedAt: '2027-01-01' is in the future`,
        expect.stringMatching(
          new RegExp(`^  ${missing} \\(file\\): cannot be read: ENOENT`),
        ),
      ]);
      expect(await countRows(knex, TABLES.attestations)).toBe(0);
      expect(await countRows(knex, TABLES.auditLog)).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects the same attestation listed twice, across files too, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const first = writeFile('first.yaml', HISTORY);
      const second = writeFile(
        'second.yaml',
        `attestations:
  - entity: Component:default/quickpay-gateway
    check: ops-dr-plan
    attestedBy: user:zhang-wei
    attestedAt: '2026-03-01T01:00:00+01:00'
    evidenceUrl: https://wiki.harborbank.example/quickpay/dr-2026
`,
      );

      await expect(
        importer(store, [first, second]).importAll(NOW),
      ).rejects.toThrow(
        `${second}:2:5 attestations: duplicate of the attestation at ${first}:3`,
      );
      expect(await countRows(knex, TABLES.attestations)).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'stores none of a batch when one of them fails, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const valid = {
        entityRef: GATEWAY,
        checkId: 'ops-dr-plan',
        evidenceUrl: 'https://wiki.harborbank.example/dr',
        author: ZHANG,
        attestedAt: '2026-03-01T00:00:00.000Z',
        expiresAt: '2027-03-01T00:00:00.000Z',
        importedFrom: 'batch.yaml',
      };
      await expect(
        store.importAttestations(
          [valid, { ...valid, checkId: 'ops-capacity-plan', expiresAt: 'x' }],
          NOW,
        ),
      ).rejects.toThrow('Invalid expiresAt');
      expect(await countRows(knex, TABLES.attestations)).toBe(0);
      expect(await countRows(knex, TABLES.auditLog)).toBe(0);
    },
  );

  it('reads its files from maturity.attestationImports, relative to the working directory', async () => {
    const store = {
      importAttestations: jest
        .fn()
        .mockResolvedValue({ imported: 2, alreadyImported: 0 }),
    };
    const file = writeFile('configured.yaml', HISTORY);
    const config = new ConfigReader({
      maturity: {
        attestationImports: [{ file: path.relative(process.cwd(), file) }],
      },
    });
    await AttestationImporter.fromConfig(config, {
      store: store as unknown as DatabaseMaturityStore,
      models,
      logger: mockServices.logger.mock(),
    }).importAll(NOW);
    expect(store.importAttestations).toHaveBeenCalledWith(
      [
        expect.objectContaining({
          checkId: 'ops-dr-plan',
          importedFrom: 'configured.yaml',
          renewOnExpiry: false,
        }),
        expect.objectContaining({ checkId: 'pm-monthly-metrics-review' }),
      ],
      NOW,
    );
  });

  it('does nothing without configured files', async () => {
    const store = { importAttestations: jest.fn() };
    await expect(
      AttestationImporter.fromConfig(new ConfigReader({}), {
        store: store as unknown as DatabaseMaturityStore,
        models,
        logger: mockServices.logger.mock(),
      }).importAll(NOW),
    ).resolves.toEqual({ imported: 0, alreadyImported: 0 });
    expect(store.importAttestations).not.toHaveBeenCalled();
  });
});
