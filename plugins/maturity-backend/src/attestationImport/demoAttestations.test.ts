import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { loadModels } from '../model/loadModels';
import { ModelRegistry } from '../model/ModelRegistry';
import { attestationCheckLookup } from './lookupAttestationCheck';
import { parseAttestationFile } from './parseAttestationFile';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');
const FILE = path.join(EXAMPLES, 'attestations.yaml');

/** Every entity ref the demo catalog defines (the files all.yaml lists). */
function exampleEntityRefs(): Set<string> {
  const read = (file: string) =>
    parseAllDocuments(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'))
      .map(doc => doc.toJS())
      .filter(Boolean);
  const [location] = read('all.yaml');
  return new Set(
    (location.spec.targets as string[]).flatMap(read).map(entity =>
      stringifyEntityRef({
        kind: entity.kind,
        namespace: entity.metadata.namespace ?? 'default',
        name: entity.metadata.name,
      }),
    ),
  );
}

/**
 * The demo's attestation file (examples/attestations.yaml), imported by the
 * demo portal at startup: a broken file would stop the portal.
 */
describe('examples/attestations.yaml', () => {
  const models = new ModelRegistry(loadModels(new ConfigReader({})));
  const { attestations, problems } = parseAttestationFile({
    text: fs.readFileSync(FILE, 'utf8'),
    file: FILE,
    lookupCheck: attestationCheckLookup(models),
    now: new Date(),
  });

  it('is valid against the built-in model, and valid today', () => {
    expect(problems).toEqual([]);
    expect(attestations.length).toBeGreaterThan(0);
    for (const attestation of attestations) {
      expect(attestation.expiresAt.getTime()).toBeGreaterThan(Date.now());
    }
  });

  it('names entities and users of the demo catalog', () => {
    const refs = exampleEntityRefs();
    for (const attestation of attestations) {
      expect(refs).toContain(attestation.entityRef);
      expect(refs).toContain(attestation.author);
    }
  });

  it('attests team practices once on the team, not on each of its entities', () => {
    const teamScoped = attestations.filter(
      a =>
        models.get().getCheck(a.checkId)?.check.attestation?.scope === 'team',
    );
    expect(teamScoped.length).toBeGreaterThanOrEqual(12);
    const onGroups = teamScoped.filter(a => a.entityRef.startsWith('group:'));
    expect(new Set(onGroups.map(a => a.entityRef))).toEqual(
      new Set([
        'group:default/sre-team',
        'group:default/platform-engineering-team',
        'group:default/quick-payment-team',
      ]),
    );
    // Their entities carry none of the team's attestations themselves.
    expect(
      teamScoped.filter(a =>
        [
          'component:default/alert-router',
          'component:default/environment-provisioner',
        ].includes(a.entityRef),
      ),
    ).toEqual([]);
  });

  it('leaves the checks that the e2e tests work with open', () => {
    const attested = new Set(
      attestations.map(a => `${a.entityRef} ${a.checkId}`),
    );
    // e2e/tests/attestation.spec.ts asserts the gateway's level and score
    // before attesting its on-call check; waiver.spec.ts does the same for
    // the notification worker.
    for (const a of attestations) {
      expect(a.entityRef).not.toBe('component:default/quickpay-gateway');
      expect(a.entityRef).not.toBe(
        'component:default/quickpay-notification-worker',
      );
    }
    // The gateway's team attests its practices once for all its entities,
    // except developers on call: attestation.spec.ts attests that one on the
    // gateway, teamAttestation.spec.ts for the whole team; no group above the
    // team attests anything team-scoped.
    const teamScoped = (checkId: string) =>
      models.get().getCheck(checkId)?.check.attestation?.scope === 'team';
    for (const a of attestations.filter(x => teamScoped(x.checkId))) {
      expect([
        'group:default/payments-transaction-banking',
        'group:default/harbor-bank',
      ]).not.toContain(a.entityRef);
    }
    expect(attested).not.toContain(
      'group:default/quick-payment-team collab-developers-on-call',
    );
    // e2e/tests/permissions.spec.ts
    expect(attested).not.toContain(
      'component:default/quickpay-routing-service collab-developers-on-call',
    );
    expect(attested).not.toContain(
      'component:default/payment-clearing-service collab-developers-on-call',
    );
  });
});
