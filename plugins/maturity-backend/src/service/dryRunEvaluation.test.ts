import { mockCredentials } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  compileModel,
  EntityScorecard,
  loadModelOrThrow,
} from '@devops-maturity/plugin-maturity-common';
import fs from 'fs';
import { defaultModelPath } from '../model/loadModels';
import { dryRunEvaluation } from './dryRunEvaluation';
import { readCatalogRelations } from './readCatalogRelations';

const compiled = compileModel(
  loadModelOrThrow(fs.readFileSync(defaultModelPath(), 'utf8')),
);

/** The catalog as its API returns it: relations stored by the processors. */
const catalogEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [
      { type: 'ownerOf', targetRef: 'component:default/payments' },
      { type: 'hasMember', targetRef: 'user:default/jo' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'jo', namespace: 'default' },
    spec: { memberOf: ['payments-team'] },
    relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments', namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'payments-team',
      providesApis: ['payments-api'],
    },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/payments-team' },
      { type: 'providesApi', targetRef: 'api:default/payments-api' },
    ],
  },
];

const catalog = catalogServiceMock({ entities: catalogEntities });

const dryRun = (entity: unknown) =>
  dryRunEvaluation({
    compiled,
    entity,
    now: new Date('2026-06-01T00:00:00Z'),
    readRelations: posted =>
      readCatalogRelations({
        entity: posted,
        catalog,
        credentials: mockCredentials.service(),
      }),
  });

function statusOf(scorecard: EntityScorecard, checkId: string) {
  const check = scorecard.domains
    .flatMap(d => d.capabilities.flatMap(c => c.checks))
    .find(c => c.checkId === checkId);
  return check?.status;
}

const component = (owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'new-service' },
  spec: { type: 'service', lifecycle: 'production', owner },
});

describe('dryRunEvaluation', () => {
  it('passes the owner check of an entity whose owner exists, as the portal does', async () => {
    const scorecard = await dryRun(component('payments-team'));
    expect(scorecard.entityRef).toBe('component:default/new-service');
    expect(statusOf(scorecard, 'ops-owner-resolves')).toBe('passed');
  });

  it('fails it when the owner is not in the catalog', async () => {
    expect(
      statusOf(await dryRun(component('ghost-team')), 'ops-owner-resolves'),
    ).toBe('failed');
  });

  it('ignores relations posted with the entity: the spec decides', async () => {
    const posted = {
      ...component('ghost-team'),
      relations: [
        { type: 'ownedBy', targetRef: 'group:default/payments-team' },
      ],
      status: { items: [] },
    };
    expect(statusOf(await dryRun(posted), 'ops-owner-resolves')).toBe('failed');
  });

  it("gives the entity the relations other entities' specs make to it", async () => {
    const api: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'payments-api' },
      spec: {
        type: 'openapi',
        lifecycle: 'production',
        owner: 'payments-team',
        definition: 'openapi: 3.0.0',
      },
    };
    // apiProvidedBy comes from the payments component's providesApis
    expect(statusOf(await dryRun(api), 'app-api-registered')).toBe('passed');
    const team: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'payments-team' },
      spec: { type: 'team', children: [] },
    };
    // hasMember comes from jo's memberOf
    expect(statusOf(await dryRun(team), 'collab-team-members')).toBe('passed');
  });

  it('rejects an entity the catalog would reject, listing every problem with its path', async () => {
    const invalid = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'Foo Bar',
        annotations: { 'not a key!': 'x', 'backstage.io/techdocs-ref': 1 },
      },
      spec: { type: 'service', lifecycle: 'production', owner: 'x' },
    };
    const error = await dryRun(invalid).catch(e => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^Invalid entity: entity\.metadata\.name: "Foo Bar" is not a valid name: .*; entity\.metadata\.annotations\['not a key!'\]: "not a key!" is not a valid annotation key: .*; entity\.metadata\.annotations\['backstage\.io\/techdocs-ref'\]: must be a string, got number$/,
    );
    await expect(dryRun({ ...invalid, kind: 123 })).rejects.toThrow(
      /entity\.kind: must be a string, got number/,
    );
    await expect(dryRun([])).rejects.toThrow(
      /^Invalid entity: entity: an entity must be a mapping/,
    );
    await expect(
      dryRun({
        ...component('x'),
        spec: { ...component('x').spec, dependsOn: ['db'] },
      }),
    ).rejects.toThrow(
      /entity\.spec\.dependsOn\[0\]: "db" is not a valid entity ref \(this field needs the kind/,
    );
  });
});
