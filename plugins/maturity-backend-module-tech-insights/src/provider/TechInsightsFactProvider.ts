import type {
  AuthService,
  DiscoveryService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import type {
  FactRequirements,
  MaturityFactProvider,
  ProvidedEvidence,
} from '@devops-maturity/plugin-maturity-node';
import { CircuitBreaker } from './CircuitBreaker';
import { createConcurrencyLimiter } from './createConcurrencyLimiter';
import { planFactRequests, type FactRequestPlan } from './planFactRequests';
import {
  readTechInsightsOptions,
  type TechInsightsOptions,
} from './readTechInsightsOptions';
import { TechInsightsFactsClient } from './TechInsightsFactsClient';
import { toFactHistory } from './toFactHistory';
import { toLatestFacts } from './toLatestFacts';

const TECH_INSIGHTS_PLUGIN_ID = 'tech-insights';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The services {@link TechInsightsFactProvider.create} needs.
 */
export interface TechInsightsFactProviderOptions {
  /** Finds the TechInsights backend. */
  discovery: DiscoveryService;
  /** Issues service-to-service tokens for TechInsights. */
  auth: AuthService;
  /** Logs outages, once per batch. */
  logger: LoggerService;
  /** Reads `maturity.techInsights`. */
  config: RootConfigService;
}

/**
 * Evidence from the TechInsights backend: the latest facts of the retrievers a
 * model reads and, for `trend` conditions, the history of the facts compared.
 *
 * TechInsights answers per entity, so a batch becomes one or two requests per
 * entity, a bounded number in flight. When TechInsights cannot answer for an
 * entity (down, slow, error status) the entity gets an unavailable
 * `techInsights` source instead of an error; after a run of consecutive
 * failures the rest of the batch is marked the same way without calling.
 */
export class TechInsightsFactProvider implements MaturityFactProvider {
  /** The provider id. */
  readonly id = 'tech-insights';

  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;
  readonly #options: TechInsightsOptions;

  /** Creates a provider configured from `maturity.techInsights`. */
  static create(
    options: TechInsightsFactProviderOptions,
  ): TechInsightsFactProvider {
    return new TechInsightsFactProvider(
      options,
      readTechInsightsOptions(options.config),
    );
  }

  private constructor(
    services: TechInsightsFactProviderOptions,
    options: TechInsightsOptions,
  ) {
    this.#discovery = services.discovery;
    this.#auth = services.auth;
    this.#logger = services.logger;
    this.#options = options;
  }

  /** {@inheritDoc @devops-maturity/plugin-maturity-node#MaturityFactProvider.getEvidence} */
  async getEvidence(request: {
    entities: Entity[];
    requirements: FactRequirements;
    signal?: AbortSignal;
  }): Promise<Map<string, ProvidedEvidence>> {
    const { entities, requirements, signal } = request;
    const evidence = new Map<string, ProvidedEvidence>();
    const plan = planFactRequests(requirements);
    if (
      entities.length === 0 ||
      (plan.latestRetrieverIds.length === 0 && !plan.history)
    ) {
      return evidence;
    }
    signal?.throwIfAborted();
    const refs = [
      ...new Set(entities.map(entity => stringifyEntityRef(entity))),
    ];

    let client: TechInsightsFactsClient;
    try {
      client = await this.#createClient(signal);
    } catch (error) {
      signal?.throwIfAborted();
      const message = `cannot prepare a request to tech-insights: ${stringifyError(
        error,
      )}`;
      for (const ref of refs) {
        evidence.set(ref, unavailable(message));
      }
      this.#logger.warn(
        `TechInsights unavailable for all ${refs.length} entities of the batch: ${message}`,
      );
      return evidence;
    }

    const breaker = new CircuitBreaker({
      threshold: this.#options.maxConsecutiveFailures,
    });
    const limit = createConcurrencyLimiter(this.#options.concurrency);
    const call = <T>(fn: () => Promise<T>): Promise<T> =>
      limit(async () => {
        const open = breaker.openMessage;
        if (open !== undefined) {
          throw new ServiceUnavailableError(open);
        }
        try {
          const result = await fn();
          breaker.recordSuccess();
          return result;
        } catch (error) {
          if (ServiceUnavailableError.is(error)) {
            breaker.recordFailure(error.message);
          }
          throw error;
        }
      });

    const end = new Date();
    const window = plan.history && {
      start: new Date(end.getTime() - (plan.history.lookBackDays + 1) * DAY_MS),
      end,
    };

    const outcomes = await Promise.allSettled(
      refs.map(ref =>
        this.#entityEvidence(ref, plan, window, client, call).then(found => {
          if (found) {
            evidence.set(ref, found);
          }
        }),
      ),
    );
    const unexpected = outcomes.find(
      (outcome): outcome is PromiseRejectedResult =>
        outcome.status === 'rejected',
    );
    if (unexpected) {
      throw unexpected.reason;
    }

    this.#logOutage(evidence, refs.length, breaker);
    return evidence;
  }

  async #createClient(signal?: AbortSignal): Promise<TechInsightsFactsClient> {
    const [baseUrl, { token }] = await Promise.all([
      this.#discovery.getBaseUrl(TECH_INSIGHTS_PLUGIN_ID),
      this.#auth.getPluginRequestToken({
        onBehalfOf: await this.#auth.getOwnServiceCredentials(),
        targetPluginId: TECH_INSIGHTS_PLUGIN_ID,
      }),
    ]);
    return new TechInsightsFactsClient({
      baseUrl,
      token,
      timeoutMs: this.#options.timeoutMs,
      signal,
    });
  }

  async #entityEvidence(
    ref: string,
    plan: FactRequestPlan,
    window: { start: Date; end: Date } | undefined,
    client: TechInsightsFactsClient,
    call: <T>(fn: () => Promise<T>) => Promise<T>,
  ): Promise<ProvidedEvidence | undefined> {
    const { latestRetrieverIds, history } = plan;
    const [latest, range] = await Promise.allSettled([
      latestRetrieverIds.length > 0
        ? call(() => client.getLatestFacts(ref, latestRetrieverIds))
        : undefined,
      history && window
        ? call(() => client.getFactRange(ref, history.retrieverIds, window))
        : undefined,
    ]);
    for (const outcome of [latest, range]) {
      if (outcome.status === 'rejected') {
        if (!ServiceUnavailableError.is(outcome.reason)) {
          throw outcome.reason;
        }
        return unavailable(outcome.reason.message);
      }
    }
    const techInsights =
      latest.status === 'fulfilled'
        ? toLatestFacts(latest.value, latestRetrieverIds)
        : undefined;
    const factHistory =
      range.status === 'fulfilled' && history
        ? toFactHistory(range.value, history.facts)
        : undefined;
    if (!techInsights && !factHistory) {
      return undefined;
    }
    return {
      ...(techInsights && { techInsights }),
      ...(factHistory && { factHistory }),
    };
  }

  #logOutage(
    evidence: Map<string, ProvidedEvidence>,
    total: number,
    breaker: CircuitBreaker,
  ): void {
    let count = 0;
    let firstMessage: string | undefined;
    for (const found of evidence.values()) {
      const source = found.unavailableSources?.[0];
      if (source) {
        count += 1;
        firstMessage ??= source.message;
      }
    }
    if (count === 0) {
      return;
    }
    const stopped = breaker.isOpen
      ? `; stopped calling tech-insights for the rest of the batch after ${breaker.threshold} consecutive failures`
      : '';
    this.#logger.warn(
      `TechInsights unavailable for ${count} of ${total} entities: ${firstMessage}${stopped}`,
    );
  }
}

function unavailable(message: string): ProvidedEvidence {
  return { unavailableSources: [{ source: 'techInsights', message }] };
}
