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
     * Entity kinds to evaluate. Default: component, system, api, resource,
     * group (groups get their own scorecard; it never counts in rollups).
     */
    kinds?: string[];
    /** Entities per catalog page and per evidence batch. Default 250. */
    batchSize?: number;
    /**
     * Seconds a scorecard or rollup read may be served from memory. Local
     * writes clear it at once; this bounds staleness across instances. Default 15.
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
     * Notifications sent through the notifications backend, each kind on
     * unless set to false.
     */
    notifications?: {
      /** A domain or overall level dropped (never on a first evaluation); to the owning group. Default true. */
      levelRegression?: boolean;
      /** A campaign started with the entity in scope. Default true. */
      campaignStart?: boolean;
      /** 14 and 3 days before a campaign's target date, when the entity does not meet it. Default true. */
      campaignReminder?: boolean;
      /** The campaign owner's summary at the end (met / missed per team). Default true. */
      campaignEnd?: boolean;
    };
  };
}
