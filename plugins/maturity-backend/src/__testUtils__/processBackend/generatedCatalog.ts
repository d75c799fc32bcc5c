import type { Entity } from '@backstage/catalog-model';

/** The name of the `i`-th component of `generatedCatalog`. */
export const componentName = (i: number) => `svc-${String(i).padStart(4, '0')}`;

/**
 * A catalog of `components` services owned by one team, every third one
 * well annotated, so that levels differ.
 */
export function generatedCatalog(components: number): Entity[] {
  const team: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [],
  };
  const services = Array.from(
    { length: components },
    (_, i): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: componentName(i),
        namespace: 'default',
        ...(i % 3 === 0 ? { description: 'A well described service' } : {}),
        annotations:
          i % 3 === 0
            ? {
                'backstage.io/techdocs-ref': 'dir:.',
                'github.com/project-slug': `bank/${componentName(i)}`,
              }
            : {},
      },
      spec: { type: 'service', lifecycle: 'production', owner: 'team' },
      relations: [{ type: 'ownedBy', targetRef: 'group:default/team' }],
    }),
  );
  return [team, ...services];
}
