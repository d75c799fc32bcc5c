import type {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { maturityFactsPushPermission } from '@devops-maturity/plugin-maturity-common';
import type { MaturityStore } from '../store/MaturityStore';
import { TooManyRequestsError } from './errors';
import { FixedWindowRateLimiter } from './FixedWindowRateLimiter';
import type { PushedFactsConfig } from './readPushedFactsConfig';
import { validatePushRequest } from './validatePushRequest';

/** The answer to a push: `stored` is false for a repeated identical push. */
export interface PushFactsResult {
  entityRef: string;
  source: string;
  timestamp: string;
  stored: boolean;
}

/** What {@link PushedFactsService} needs. */
export interface PushedFactsServiceOptions {
  config: PushedFactsConfig;
  store: MaturityStore;
  catalog: CatalogService;
  auth: AuthService;
  permissions: PermissionsService;
  /** Schedules the re-evaluation of entities whose facts changed. */
  reevaluate(entityRefs: string[]): void;
  /** The current time (tests); the clock by default. */
  now?: () => Date;
}

/**
 * Accepts pushed facts, for `POST /facts` and the `maturity:push-facts`
 * action alike: authorizes `maturity.facts.push`, limits the rate per
 * principal, validates against the declared sources, checks the entity is in
 * the catalog, stores the push once and re-evaluates the entity.
 */
export class PushedFactsService {
  private readonly limiter: FixedWindowRateLimiter;
  private readonly now: () => Date;

  constructor(private readonly options: PushedFactsServiceOptions) {
    this.limiter = new FixedWindowRateLimiter(options.config.rateLimit);
    this.now = options.now ?? (() => new Date());
  }

  /** The configuration the service validates against. */
  get config(): PushedFactsConfig {
    return this.options.config;
  }

  async push(
    request: unknown,
    credentials: BackstageCredentials,
  ): Promise<PushFactsResult> {
    const { auth, permissions, catalog, store } = this.options;
    const pushedBy = this.subjectOf(credentials);
    const [decision] = await permissions.authorize(
      [{ permission: maturityFactsPushPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed: ${maturityFactsPushPermission.name}`,
      );
    }
    const now = this.now();
    const rate = this.limiter.take(pushedBy, now.getTime());
    if (!rate.allowed) {
      throw new TooManyRequestsError(
        `Too many pushes by ${pushedBy}: at most ${this.config.rateLimit.requests} per ${this.config.rateLimit.windowSeconds} s (maturity.pushedFacts.rateLimit); retry in ${rate.retryAfterSeconds} s`,
        rate.retryAfterSeconds,
      );
    }
    const push = validatePushRequest(request, this.config.sources, now);
    const entity = await catalog.getEntityByRef(push.entityRef, {
      credentials: await auth.getOwnServiceCredentials(),
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${push.entityRef} in the catalog`);
    }
    const outcome = await store.storePushedFacts({ ...push, pushedBy }, now);
    if (outcome === 'conflict') {
      throw new ConflictError(
        `Facts of source '${push.source}' for ${push.entityRef} at ${push.timestamp} were already pushed with other values; push them with their own timestamp`,
      );
    }
    if (outcome === 'stored') {
      this.options.reevaluate([push.entityRef]);
    }
    return {
      entityRef: push.entityRef,
      source: push.source,
      timestamp: push.timestamp,
      stored: outcome === 'stored',
    };
  }

  /** Who pushes: the user entity ref or the service's subject. */
  private subjectOf(credentials: BackstageCredentials): string {
    const { auth } = this.options;
    if (auth.isPrincipal(credentials, 'user')) {
      return credentials.principal.userEntityRef;
    }
    if (auth.isPrincipal(credentials, 'service')) {
      return credentials.principal.subject;
    }
    throw new NotAllowedError('Only a user or a service may push facts');
  }
}
