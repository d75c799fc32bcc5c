import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { MaturityStore } from '../store/MaturityStore';
import type {
  PushedFactsOutcome,
  PushedFactsWrite,
} from '../store/pushedFacts/pushedFacts';
import { TooManyRequestsError } from './errors';
import { PushedFactsService } from './PushedFactsService';
import type { PushedFactsConfig } from './readPushedFactsConfig';

const NOW = new Date('2026-12-09T12:00:00.000Z');
const CONFIG: PushedFactsConfig = {
  retentionDays: 400,
  maxBodyBytes: 65536,
  rateLimit: { requests: 10, windowSeconds: 60 },
  sources: { ci: { id: 'ci', facts: { coverage: { type: 'float' } } } },
};
const ENTITY = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: {},
};

/** A store that keeps pushes in a map, keyed like the table. */
function memoryStore() {
  const rows = new Map<string, PushedFactsWrite>();
  const store = {
    async storePushedFacts(
      write: PushedFactsWrite,
    ): Promise<PushedFactsOutcome> {
      const key = `${write.entityRef}|${write.source}|${write.timestamp}`;
      const existing = rows.get(key);
      if (!existing) {
        rows.set(key, write);
        return 'stored';
      }
      return JSON.stringify(existing.facts) === JSON.stringify(write.facts)
        ? 'unchanged'
        : 'conflict';
    },
  };
  return { rows, store: store as unknown as MaturityStore };
}

function service(
  options: { permission?: AuthorizeResult; requests?: number } = {},
) {
  const { rows, store } = memoryStore();
  const reevaluated: string[][] = [];
  const pushed = new PushedFactsService({
    config: {
      ...CONFIG,
      rateLimit: { requests: options.requests ?? 10, windowSeconds: 60 },
    },
    store,
    catalog: catalogServiceMock({ entities: [ENTITY] }),
    auth: mockServices.auth(),
    permissions: mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({
          result: (options.permission ?? AuthorizeResult.ALLOW) as any,
        })),
    }),
    reevaluate: refs => reevaluated.push(refs),
    now: () => NOW,
  });
  return { pushed, rows, reevaluated };
}

const body = (facts: object = { coverage: 80 }) => ({
  entityRef: 'component:default/payments',
  source: 'ci',
  timestamp: '2026-12-09T11:00:00Z',
  facts,
});
const ci = mockCredentials.service('external:ci');

describe('PushedFactsService', () => {
  it('stores a push, re-evaluates the entity and records who pushed', async () => {
    const { pushed, rows, reevaluated } = service();
    await expect(pushed.push(body(), ci)).resolves.toEqual({
      entityRef: 'component:default/payments',
      source: 'ci',
      timestamp: '2026-12-09T11:00:00.000Z',
      stored: true,
    });
    expect([...rows.values()]).toEqual([
      {
        entityRef: 'component:default/payments',
        source: 'ci',
        timestamp: '2026-12-09T11:00:00.000Z',
        facts: { coverage: 80 },
        pushedBy: 'external:ci',
      },
    ]);
    expect(reevaluated).toEqual([['component:default/payments']]);
  });

  it('answers a retry as not stored without re-evaluating, and refuses other facts for the key', async () => {
    const { pushed, reevaluated } = service();
    await pushed.push(body(), ci);
    await expect(pushed.push(body(), ci)).resolves.toMatchObject({
      stored: false,
    });
    expect(reevaluated).toHaveLength(1);
    await expect(pushed.push(body({ coverage: 81 }), ci)).rejects.toThrow(
      ConflictError,
    );
  });

  it('records a user by entity ref', async () => {
    const { pushed, rows } = service();
    await pushed.push(body(), mockCredentials.user('user:default/ann'));
    expect([...rows.values()][0].pushedBy).toBe('user:default/ann');
  });

  it('refuses without the permission before looking at the body', async () => {
    const { pushed, rows } = service({ permission: AuthorizeResult.DENY });
    await expect(pushed.push({}, ci)).rejects.toThrow(
      new NotAllowedError('Not allowed: maturity.facts.push'),
    );
    expect(rows.size).toBe(0);
  });

  it('refuses an entity that is not in the catalog', async () => {
    const { pushed } = service();
    await expect(
      pushed.push({ ...body(), entityRef: 'component:default/gone' }, ci),
    ).rejects.toThrow(
      new NotFoundError('No entity component:default/gone in the catalog'),
    );
  });

  it('limits pushes per principal', async () => {
    const { pushed } = service({ requests: 2 });
    await pushed.push(body(), ci);
    await pushed.push(body(), ci);
    const error = await pushed.push(body(), ci).catch(e => e);
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect(error.retryAfterSeconds).toBe(60);
    expect(error.message).toBe(
      'Too many pushes by external:ci: at most 2 per 60 s (maturity.pushedFacts.rateLimit); retry in 60 s',
    );
    // another principal has its own budget
    await expect(
      pushed.push(body(), mockCredentials.service('external:other')),
    ).resolves.toMatchObject({ stored: false });
  });
});
