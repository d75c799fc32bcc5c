import type { Entity } from '@backstage/catalog-model';

const group = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: {
    type: parent ? 'team' : 'organization',
    children: [],
    profile: { displayName: name },
  },
  relations: parent
    ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
    : [],
});

const service = (
  name: string,
  owner: string,
  annotations: Record<string, string>,
  extra: Partial<Entity['metadata']> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations, ...extra },
  spec: { type: 'service', lifecycle: 'production', owner, system: 'payments' },
  relations: [
    { type: 'ownedBy', targetRef: `group:default/${owner}` },
    { type: 'partOf', targetRef: 'system:default/payments' },
  ],
});

/**
 * A small catalog for backend tests: an org with a department and two teams,
 * a well-annotated service, a bare one, and one whose owner does not exist.
 */
export const demoEntities: Entity[] = [
  group('bank'),
  group('payments-dept', 'bank'),
  group('quickpay-team', 'payments-dept'),
  group('clearing-team', 'payments-dept'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: 'payments',
      namespace: 'default',
      description: 'Payments',
    },
    spec: { owner: 'payments-dept' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-dept' }],
  },
  service(
    'quickpay-gateway',
    'quickpay-team',
    {
      'backstage.io/source-location':
        'url:https://git.example/quickpay-gateway',
      'github.com/project-slug': 'bank/quickpay-gateway',
      'backstage.io/techdocs-ref': 'dir:.',
      'pagerduty.com/service-id': 'P123',
      'backstage.io/kubernetes-id': 'quickpay-gateway',
      'grafana/dashboard-selector': 'quickpay',
      'sonarqube.org/project-key': 'quickpay',
      'argocd/app-name': 'quickpay',
    },
    {
      description: 'Quick payment gateway',
      tags: ['tier-1', 'java'],
      links: [
        {
          url: 'https://runbooks.example/quickpay',
          title: 'Runbook',
          type: 'runbook',
        },
        {
          url: 'https://grafana.example/quickpay',
          title: 'Dashboard',
          type: 'dashboard',
        },
        { url: 'https://slo.example/quickpay', title: 'SLO', type: 'slo' },
      ],
    },
  ),
  service('clearing-batch', 'clearing-team', {}),
  service('orphan-service', 'missing-team', {}),
];
