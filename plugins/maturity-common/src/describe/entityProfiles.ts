import type { Entity } from '@backstage/catalog-model';

/**
 * A typical kind of catalog entity, used to show which checks of a model
 * concern which entities.
 *
 * @public
 */
export interface EntityProfile {
  /** Stable id, e.g. `production-service`. */
  id: string;
  /** Human title, e.g. `Production service`. */
  title: string;
  /** A sample entity of the profile, matched against the checks' `appliesTo`. */
  entity: Entity;
}

function sample(
  kind: string,
  name: string,
  spec: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec,
  };
}

/**
 * The entity profiles {@link describeModel} reports on by default: a
 * production service, a website, a library, a system, an API, a resource and
 * a team.
 *
 * @public
 */
export const ENTITY_PROFILES: ReadonlyArray<EntityProfile> = [
  {
    id: 'production-service',
    title: 'Production service',
    entity: sample('Component', 'sample-service', {
      type: 'service',
      lifecycle: 'production',
    }),
  },
  {
    id: 'website',
    title: 'Website',
    entity: sample('Component', 'sample-website', {
      type: 'website',
      lifecycle: 'production',
    }),
  },
  {
    id: 'library',
    title: 'Library',
    entity: sample('Component', 'sample-library', {
      type: 'library',
      lifecycle: 'production',
    }),
  },
  {
    id: 'system',
    title: 'System',
    entity: sample('System', 'sample-system', {}),
  },
  {
    id: 'api',
    title: 'API',
    entity: sample('API', 'sample-api', {
      type: 'openapi',
      lifecycle: 'production',
    }),
  },
  {
    id: 'resource',
    title: 'Resource',
    entity: sample('Resource', 'sample-resource', { type: 'database' }),
  },
  {
    id: 'team',
    title: 'Team',
    entity: sample('Group', 'sample-team', { type: 'team' }),
  },
];
