import { HumanDuration } from '@backstage/types';

export interface Config {
  maturity?: {
    /**
     * Include the built-in CAICT DevOps model (`caict-devops`). Default true.
     */
    includeDefaultModel?: boolean;
    /** The model served when a request names none. Default: the first model. */
    defaultModelId?: string;
    /** Extra models: a YAML file path (relative to the working directory) or an inline model. */
    models?: Array<{ file: string } | { model: object }>;
    /**
     * Files of attestations to import at startup, e.g. the evidence of last
     * year's spreadsheet assessment. Paths relative to the working directory,
     * like `models` files. Each file is YAML:
     * `attestations: [{ entity, check, attestedBy, attestedAt, evidenceUrl, comment? }]`,
     * with `attestedAt` an ISO date, an ISO date-time or a relative `-30d`.
     * Any problem in any file stops the startup and imports nothing;
     * attestations imported before are not imported again.
     */
    attestationImports?: Array<{
      /** Path of the YAML file. */
      file: string;
    }>;
    /** The scheduled evaluation of the whole catalog. */
    schedule?: {
      /** A cron expression or duration; default every 30 minutes. */
      frequency?: { cron: string } | HumanDuration;
      /** Default 15 minutes. */
      timeout?: HumanDuration;
      /** Delay of the first run after startup; default 20 seconds. */
      initialDelay?: HumanDuration;
    };
    /**
     * How long a full evaluation run may send no heartbeat before another
     * instance takes it over (default 2 minutes). A full run holds a lease
     * of its own in the database and beats it before every page and every
     * quarter of this bound (at most every 30 s); when its instance dies
     * (a crash, `kill -9`), `POST /runs` on another instance starts a new
     * run once the heartbeat is older than this, instead of answering 409
     * until the scheduler's task timeout (`schedule.timeout`) has passed.
     * Keep it well above a database hiccup; it need not cover a slow page.
     */
    runTakeoverAfter?: HumanDuration | string;
    /**
     * Whether every instance checks, every half `runTakeoverAfter`, for a
     * full run whose instance died (stale heartbeat) and resumes it with a
     * new full run; default true. Without it, a dead run is taken over by
     * the next `POST /runs` or scheduled run.
     */
    resumeAbandonedRuns?: boolean;
    /**
     * The campaign task: start notifications, deadline reminders (14 and 3
     * days before the target date) and end summaries, each sent once.
     */
    campaignSchedule?: {
      /** A cron expression or duration; default every hour. */
      frequency?: { cron: string } | HumanDuration;
      /** Default 10 minutes. */
      timeout?: HumanDuration;
      /** Delay of the first run after startup; default 2 minutes. */
      initialDelay?: HumanDuration;
    };
    /**
     * Entity kinds to evaluate. Default: component, system, api, resource,
     * group (groups get their own scorecard; it never counts in rollups).
     */
    kinds?: string[];
    /** Entities per catalog page and per evidence batch. Default 250. */
    batchSize?: number;
    /**
     * Seconds a rollup or campaign read is served from memory without asking
     * the database. Local writes clear it at once; after it, a cached value
     * is kept while the stored write generation (moved on by any instance's
     * write) is unchanged. Default 15.
     */
    readCacheSeconds?: number;
    /** Days of level history and rollup snapshots to keep. Default 730. */
    historyRetentionDays?: number;
    /**
     * The programme's baseline date, an ISO date (`YYYY-MM-DD`, e.g.
     * `2026-01-01`): `trend` conditions with `baseline: configured` (such as
     * the default model's key-process lead time −40 %) compare the current
     * value with the latest value at or before this date. When unset they use
     * their rolling `days` window. Any other value stops the startup.
     */
    baselineDate?: string;
    /**
     * Campaigns declared as code, shown read-only next to those managed
     * through the API. Each is validated like `POST /campaigns` (and needs an
     * id); any problem stops the startup naming `maturity.campaigns[i].field`.
     * Scope filters see the entity's kind, metadata name, namespace, title and
     * tags, spec.type, spec.lifecycle and spec.owner.
     */
    campaigns?: Array<{
      /** `[a-z0-9][a-z0-9-]{0,62}`, unique. */
      id: string;
      title: string;
      /** Markdown. */
      description?: string;
      /** A group or user entity ref. */
      owner: string;
      modelId: string;
      /** Levels to reach: a domain id of the model, or `overall`; level 1..5. */
      targets: Array<{ domain: string; level: number }>;
      scope: {
        /** Group refs: entities owned by them or by groups nested under them. */
        groups?: string[];
        /** An entity predicate, like a check's `appliesTo`. */
        filter?: object;
      };
      /** `YYYY-MM-DD`. */
      startDate: string;
      /** `YYYY-MM-DD`, after `startDate`. */
      targetDate: string;
      /** Default `active`. */
      state?: 'draft' | 'active';
    }>;
    /**
     * Facts pushed by CI pipelines (`POST /facts`, the `maturity:push-facts`
     * action), read by models as `pushed.<source>.<fact>`. Only declared
     * sources and facts are accepted; any problem here stops the startup
     * naming its key (`maturity.pushedFacts.sources.<source>.facts.<fact>.type`).
     */
    pushedFacts?: {
      /** Days of pushed history kept (pruned by the evaluation task). Default 400. */
      retentionDays?: number;
      /** The largest request body in KB; larger ones get 413. Default 64. */
      maxBodyKb?: number;
      /** Pushes per token subject and window; more get 429 with Retry-After. Default 120 per 60 s. */
      rateLimit?: { requests?: number; windowSeconds?: number };
      /** Sources by name (letters, digits, `-`, `_`), e.g. `ci`. */
      sources?: {
        [source: string]: {
          title?: string;
          /** Facts by name, each with its TechInsights type. */
          facts: {
            [fact: string]: {
              type:
                | 'integer'
                | 'float'
                | 'string'
                | 'boolean'
                | 'datetime'
                | 'set'
                | 'object';
              description?: string;
            };
          };
        };
      };
    };
    /**
     * Notifications sent through the notifications backend, each kind on
     * unless set to false.
     */
    notifications?: {
      /** A domain or overall level dropped (never on a first evaluation); to the owning group. Default true. */
      levelRegression?: boolean;
      /** A campaign started: to each owning group, its entities in scope. Default true. */
      campaignStart?: boolean;
      /** 14 and 3 days before a campaign's target date: to each owning group with entities that do not meet it. Default true. */
      campaignReminder?: boolean;
      /** The campaign owner's summary at the end (met / missed per team). Default true. */
      campaignEnd?: boolean;
    };
  };
}
