import type { RootConfigService } from '@backstage/backend-plugin-api';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';

const CONFIG_KEY = 'maturity.techInsights';

const DURATION_UNITS: ReadonlyArray<keyof HumanDuration> = [
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
  'milliseconds',
];

/**
 * Tuning of the TechInsights fact provider, from `maturity.techInsights`.
 */
export interface TechInsightsOptions {
  /** The most requests in flight at once. */
  concurrency: number;
  /** How long one request may take, in milliseconds. */
  timeoutMs: number;
  /** Failed requests in a row after which the rest of a batch is skipped. */
  maxConsecutiveFailures: number;
}

/** The values used when configuration leaves them out. */
export const DEFAULT_TECH_INSIGHTS_OPTIONS: Readonly<TechInsightsOptions> = {
  concurrency: 8,
  timeoutMs: 10_000,
  maxConsecutiveFailures: 5,
};

/**
 * Reads `maturity.techInsights` from configuration, applying defaults and
 * rejecting values that make no sense (with the offending key in the message).
 */
export function readTechInsightsOptions(
  config: RootConfigService,
): TechInsightsOptions {
  return {
    concurrency: readPositiveInteger(
      config,
      'concurrency',
      DEFAULT_TECH_INSIGHTS_OPTIONS.concurrency,
    ),
    timeoutMs: readTimeoutMs(config),
    maxConsecutiveFailures: readPositiveInteger(
      config,
      'maxConsecutiveFailures',
      DEFAULT_TECH_INSIGHTS_OPTIONS.maxConsecutiveFailures,
    ),
  };
}

function readPositiveInteger(
  config: RootConfigService,
  name: string,
  fallback: number,
): number {
  const key = `${CONFIG_KEY}.${name}`;
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `Invalid config at '${key}': expected a positive integer, got ${value}`,
    );
  }
  return value;
}

function readTimeoutMs(config: RootConfigService): number {
  const key = `${CONFIG_KEY}.timeout`;
  const raw = config.getOptional(key);
  if (raw === undefined) {
    return DEFAULT_TECH_INSIGHTS_OPTIONS.timeoutMs;
  }
  let ms: number;
  if (typeof raw === 'number') {
    ms = raw;
  } else if (typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw.trim())) {
    // Environment variable overrides arrive as strings.
    ms = Number(raw);
  } else if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    ms = durationToMilliseconds(toHumanDuration(key, raw));
  } else {
    throw new Error(
      `Invalid config at '${key}': expected milliseconds or a duration object such as { seconds: 10 }`,
    );
  }
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new Error(
      `Invalid config at '${key}': the timeout must be longer than 0 ms`,
    );
  }
  return ms;
}

function toHumanDuration(
  key: string,
  raw: Record<string, unknown>,
): HumanDuration {
  const duration: HumanDuration = {};
  for (const [unit, amount] of Object.entries(raw)) {
    if (!(DURATION_UNITS as readonly string[]).includes(unit)) {
      throw new Error(
        `Invalid config at '${key}.${unit}': unknown unit, expected one of ${DURATION_UNITS.join(
          ', ',
        )}`,
      );
    }
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      throw new Error(
        `Invalid config at '${key}.${unit}': expected a non-negative number`,
      );
    }
    duration[unit as keyof HumanDuration] = amount;
  }
  return duration;
}
