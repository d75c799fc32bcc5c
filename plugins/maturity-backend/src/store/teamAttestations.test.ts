import {
  createStore,
  createTestDatabases,
  evaluation,
} from './__testUtils__/fixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const BANK = 'group:default/bank';
const PAYMENTS = 'group:default/payments';
const QUICKPAY = 'group:default/quickpay';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const at = (day: number) => new Date(Date.UTC(2026, 8, day, 0, 0, 0));

// bank > payments > quickpay
const GROUPS = [
  { groupRef: BANK, title: 'Harbor Bank', type: 'organization' },
  { groupRef: PAYMENTS, title: 'Payments', parentRef: BANK },
  { groupRef: QUICKPAY, parentRef: PAYMENTS, type: 'team' },
];

describe('team attestations in the store', () => {
  it.each(databases.eachSupportedId())(
    'serves each owner the valid attestations of its groups, nearest first, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.replaceGroups(GROUPS);
      const attest = (
        entityRef: string,
        author: string,
        createdDay: number,
        expiresDay: number,
        checkId = 'incident-review',
      ) =>
        store.createAttestation(
          {
            entityRef,
            checkId,
            evidenceUrl: `https://wiki.example.com/${author}/${createdDay}`,
            author,
            expiresAt: at(expiresDay).toISOString(),
          },
          at(createdDay),
        );
      await attest(BANK, ALICE, 1, 60);
      await attest(PAYMENTS, ALICE, 2, 60);
      const newest = await attest(PAYMENTS, BOB, 3, 60);
      await attest(PAYMENTS, BOB, 1, 9); // expired at day 10
      const revoked = await attest(QUICKPAY, BOB, 2, 60);
      await store.revokeAttestation(revoked.id, ALICE, at(4), 'wrong team');
      await attest(BANK, ALICE, 1, 60, 'other-check');

      const team = await store.getTeamAttestations(
        [QUICKPAY, PAYMENTS, 'group:default/unknown'],
        ['incident-review'],
        at(10),
      );
      const summary = (ref: string) =>
        team
          .get(ref)
          ?.['incident-review'].map(a => [
            a.inheritedFrom,
            a.author,
            a.attestedAt,
          ]);
      // quickpay's own revoked one is gone; payments' newest wins over its older one
      expect(summary(QUICKPAY)).toEqual([
        [PAYMENTS, BOB, newest.createdAt],
        [BANK, ALICE, at(1).toISOString()],
      ]);
      expect(team.get(QUICKPAY)!['incident-review'][0]).toMatchObject({
        inheritedFromTitle: 'Payments',
        evidenceUrl: 'https://wiki.example.com/user:default/bob/3',
      });
      expect(team.get(QUICKPAY)!['incident-review'][1]).toMatchObject({
        inheritedFromTitle: 'Harbor Bank',
      });
      expect(summary(PAYMENTS)?.map(([group]) => group)).toEqual([
        PAYMENTS,
        BANK,
      ]);
      expect(team.has('group:default/unknown')).toBe(false);

      // after expiry of everything
      expect(
        (
          await store.getTeamAttestations(
            [QUICKPAY],
            ['incident-review'],
            at(61),
          )
        ).size,
      ).toBe(0);
      // no team-scoped checks: nothing, without a query
      expect(
        (await store.getTeamAttestations([QUICKPAY], [], at(10))).size,
      ).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists the entities under a group and a group’s ancestors, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.replaceGroups(GROUPS);
      await store.applyEvaluations(
        [
          evaluation({ entityRef: 'component:default/a', ownerRef: QUICKPAY }),
          evaluation({ entityRef: 'component:default/b', ownerRef: PAYMENTS }),
          evaluation({ entityRef: 'component:default/c', ownerRef: BANK }),
          evaluation({ entityRef: 'component:default/d' }),
          evaluation({ entityRef: QUICKPAY }),
          evaluation({ entityRef: BANK }),
          evaluation({
            entityRef: 'component:default/a',
            ownerRef: QUICKPAY,
            modelId: 'other',
          }),
        ],
        at(1),
      );
      expect(await store.listEntitiesUnderGroup(PAYMENTS)).toEqual([
        'component:default/a',
        'component:default/b',
        QUICKPAY,
      ]);
      expect(await store.listEntitiesUnderGroup(BANK)).toEqual([
        'component:default/a',
        'component:default/b',
        'component:default/c',
        BANK,
        QUICKPAY,
      ]);
      expect(await store.getGroupAncestors(QUICKPAY)).toEqual([PAYMENTS, BANK]);
      expect(await store.getGroupAncestors(BANK)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'records the revocation reason and audits it, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const created = await store.createAttestation(
        {
          entityRef: PAYMENTS,
          checkId: 'incident-review',
          evidenceUrl: 'https://wiki.example.com/ir',
          author: ALICE,
          expiresAt: at(60).toISOString(),
        },
        at(1),
      );
      const revoked = await store.revokeAttestation(
        created.id,
        BOB,
        at(2),
        'minutes were of another team',
      );
      expect(revoked).toMatchObject({
        revokedAt: at(2).toISOString(),
        revokedBy: BOB,
        revokeReason: 'minutes were of another team',
      });
      expect(await store.getAttestation(created.id)).toEqual(revoked);
      expect(await store.getAttestation('missing')).toBeUndefined();
      const audit = await store.listAudit(PAYMENTS);
      expect(audit[0]).toMatchObject({
        action: 'revoked',
        actor: BOB,
        details: { reason: 'minutes were of another team' },
      });
    },
  );
});
