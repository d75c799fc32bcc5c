import { InputError } from '@backstage/errors';
import { TABLES } from './tables';
import {
  countRows,
  createStore,
  createTestDatabases,
} from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const API = 'component:default/payments-api';
const WEB = 'component:default/cards-web';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const at = (day: number, hour = 0) =>
  new Date(Date.UTC(2026, 8, day, hour, 0, 0));

describe('DatabaseMaturityStore attestations and waivers', () => {
  it.each(databases.eachSupportedId())(
    'serves the latest valid attestation per entity and check, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const older = await store.createAttestation(
        {
          entityRef: API,
          checkId: 'dr-drill',
          evidenceUrl: 'https://wiki.example.com/dr/2026-q2',
          author: ALICE,
          expiresAt: at(30).toISOString(),
        },
        at(1),
      );
      const newer = await store.createAttestation(
        {
          entityRef: API,
          checkId: 'dr-drill',
          evidenceUrl: 'https://wiki.example.com/dr/2026-q3',
          comment: 'Failover in 4 minutes',
          author: BOB,
          // an offset is normalized to UTC
          expiresAt: '2026-09-20T02:00:00+02:00',
        },
        at(2),
      );
      expect(newer.expiresAt).toBe('2026-09-20T00:00:00.000Z');
      await store.createAttestation(
        {
          entityRef: API,
          checkId: 'threat-model',
          evidenceUrl: 'https://wiki.example.com/tm',
          author: ALICE,
          expiresAt: at(5).toISOString(),
        },
        at(1),
      );
      await store.createAttestation(
        {
          entityRef: WEB,
          checkId: 'dr-drill',
          evidenceUrl: 'https://wiki.example.com/cards',
          author: ALICE,
          expiresAt: at(10).toISOString(),
        },
        at(1),
      );

      const active = await store.getActiveAttestations(
        [API, WEB, 'component:default/none'],
        at(3),
      );
      expect([...active.keys()].sort()).toEqual([WEB, API].sort());
      expect(active.get(API)).toEqual({
        'dr-drill': {
          attestedAt: at(2).toISOString(),
          expiresAt: '2026-09-20T00:00:00.000Z',
          evidenceUrl: 'https://wiki.example.com/dr/2026-q3',
          author: BOB,
          comment: 'Failover in 4 minutes',
        },
        'threat-model': {
          attestedAt: at(1).toISOString(),
          expiresAt: at(5).toISOString(),
          evidenceUrl: 'https://wiki.example.com/tm',
          author: ALICE,
        },
      });

      // after the newer one is revoked, the older one is served again
      const revoked = await store.revokeAttestation(newer.id, ALICE, at(4));
      expect(revoked).toEqual({
        ...newer,
        revokedAt: at(4).toISOString(),
        revokedBy: ALICE,
      });
      expect(
        (await store.getActiveAttestations([API], at(4))).get(API),
      ).toEqual({
        'dr-drill': expect.objectContaining({ evidenceUrl: older.evidenceUrl }),
        'threat-model': expect.anything(),
      });
      // expiry is exclusive: valid strictly before expiresAt
      expect(
        Object.keys(
          (await store.getActiveAttestations([API], at(5))).get(API)!,
        ),
      ).toEqual(['dr-drill']);
      expect(
        (await store.getActiveAttestations([API], at(30))).get(API),
      ).toBeUndefined();
      expect(
        await store.revokeAttestation('missing', ALICE, at(4)),
      ).toBeUndefined();

      const listed = await store.listAttestations(API);
      expect(listed).toHaveLength(3);
      expect(listed[0].id).toBe(newer.id);
      expect(listed[0].revokedAt).toBe(at(4).toISOString());
      expect(listed.map(a => a.id)).toContain(older.id);
      expect(await store.listAttestations('component:default/none')).toEqual(
        [],
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'serves valid waivers and keeps revoked ones, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const forever = await store.createWaiver(
        {
          entityRef: API,
          checkId: 'sbom',
          reason: 'Vendor binary',
          author: ALICE,
        },
        at(1),
      );
      const expiring = await store.createWaiver(
        {
          entityRef: API,
          checkId: 'load-test',
          reason: 'Migration in progress',
          author: BOB,
          expiresAt: at(10).toISOString(),
        },
        at(2),
      );
      expect(forever).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        entityRef: API,
        checkId: 'sbom',
        reason: 'Vendor binary',
        author: ALICE,
        createdAt: at(1).toISOString(),
        expiresAt: undefined,
        revokedAt: undefined,
        revokedBy: undefined,
        revokeReason: undefined,
      });
      expect(await store.getWaiver(expiring.id)).toEqual(expiring);
      expect(await store.getWaiver('missing')).toBeUndefined();

      expect((await store.getActiveWaivers([API], at(3))).get(API)).toEqual({
        sbom: { reason: 'Vendor binary', author: ALICE },
        'load-test': {
          reason: 'Migration in progress',
          author: BOB,
          expiresAt: at(10).toISOString(),
        },
      });
      expect(
        Object.keys((await store.getActiveWaivers([API], at(11))).get(API)!),
      ).toEqual(['sbom']);

      const revoked = await store.revokeWaiver(
        forever.id,
        BOB,
        'Binary replaced',
        at(4),
      );
      expect(revoked).toEqual({
        ...forever,
        revokedAt: at(4).toISOString(),
        revokedBy: BOB,
        revokeReason: 'Binary replaced',
      });
      expect(await store.getWaiver(forever.id)).toEqual(revoked);
      // revoking again changes nothing
      expect(
        await store.revokeWaiver(forever.id, ALICE, undefined, at(5)),
      ).toEqual(revoked);
      expect(
        await store.revokeWaiver('missing', ALICE, undefined, at(5)),
      ).toBeUndefined();
      expect((await store.getActiveWaivers([API], at(11))).has(API)).toBe(
        false,
      );

      const listed = await store.listWaivers(API);
      expect(listed.map(w => w.id)).toEqual([expiring.id, forever.id]);
      expect(await store.listWaivers(WEB)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps an audit trail of every creation and revocation, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      const attestation = await store.createAttestation(
        {
          entityRef: API,
          checkId: 'dr-drill',
          evidenceUrl: 'https://wiki.example.com/dr',
          comment: 'Quarterly drill',
          author: ALICE,
          expiresAt: at(30).toISOString(),
        },
        at(1),
      );
      const waiver = await store.createWaiver(
        {
          entityRef: API,
          checkId: 'sbom',
          reason: 'Vendor binary',
          author: BOB,
          expiresAt: at(20).toISOString(),
        },
        at(2),
      );
      await store.revokeWaiver(waiver.id, ALICE, 'Replaced', at(3));
      await store.revokeAttestation(attestation.id, BOB, at(3));
      await store.createWaiver(
        { entityRef: WEB, checkId: 'sbom', reason: 'Other', author: BOB },
        at(3),
      );

      const audit = await store.listAudit(API);
      expect(audit.map(a => [a.subject, a.action, a.actor, a.at])).toEqual([
        ['attestation', 'revoked', BOB, at(3).toISOString()],
        ['waiver', 'revoked', ALICE, at(3).toISOString()],
        ['waiver', 'created', BOB, at(2).toISOString()],
        ['attestation', 'created', ALICE, at(1).toISOString()],
      ]);
      expect(audit[3]).toEqual({
        id: expect.any(String),
        entityRef: API,
        checkId: 'dr-drill',
        subject: 'attestation',
        subjectId: attestation.id,
        action: 'created',
        actor: ALICE,
        at: at(1).toISOString(),
        details: {
          evidenceUrl: 'https://wiki.example.com/dr',
          comment: 'Quarterly drill',
          expiresAt: at(30).toISOString(),
        },
      });
      expect(audit[2].details).toEqual({
        reason: 'Vendor binary',
        expiresAt: at(20).toISOString(),
      });
      expect(audit[1].details).toEqual({ reason: 'Replaced' });
      expect(audit[1].subjectId).toBe(waiver.id);
      expect(audit[0].details).toEqual({});
      expect(await store.listAudit(WEB)).toHaveLength(1);

      // invalid input is refused before anything is written
      await expect(
        store.createWaiver(
          {
            entityRef: API,
            checkId: 'x',
            reason: 'r',
            author: BOB,
            expiresAt: 'soon',
          },
          at(4),
        ),
      ).rejects.toThrow(InputError);
      expect(await countRows(knex, TABLES.auditLog)).toBe(5);
      expect(await countRows(knex, TABLES.waivers)).toBe(2);
    },
  );
});
