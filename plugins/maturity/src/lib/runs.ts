import type {
  RunRecord,
  TriggerRunResult,
} from '@devops-maturity/plugin-maturity-common';
import { english, Localizer } from '../translation/translate';
import { errorMessage } from './errors';
import { evidenceSourceName, formatOutageTime } from './staleEvidence';

/** A length of time in the app language, e.g. "45 s", "2 min 5 s", "1 h 3 min". */
export function durationText(ms: number, i18n: Localizer = english): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return i18n.t('runsTab.hours', { hours, minutes });
  if (minutes > 0) return i18n.t('runsTab.minutes', { minutes, seconds });
  return i18n.t('runsTab.seconds', { seconds });
}

/**
 * How long a run took; for a running run how long it has run so far, e.g.
 * "12 s so far". A dash when a date is unreadable.
 */
export function runDurationText(
  run: Pick<RunRecord, 'startedAt' | 'finishedAt' | 'status'>,
  i18n: Localizer = english,
  now: Date = new Date(),
): string {
  const start = new Date(run.startedAt).getTime();
  const end = run.finishedAt ? new Date(run.finishedAt).getTime() : undefined;
  if (Number.isNaN(start)) return '–';
  if (end !== undefined) {
    return Number.isNaN(end) ? '–' : durationText(end - start, i18n);
  }
  if (run.status !== 'running') return '–';
  return i18n.t('runsTab.soFar', {
    duration: durationText(now.getTime() - start, i18n),
  });
}

/** A source that was down during a run, e.g. "TechInsights: 104 entities". */
export function sourceDownText(
  down: NonNullable<RunRecord['sourcesDown']>[number],
  i18n: Localizer = english,
): string {
  return i18n.t('runsTab.sourceDown', {
    source: evidenceSourceName(down.source, i18n),
    count: down.entities,
  });
}

/** One error of a run: its entity and provider when known, and the message. */
export function runErrorText(
  detail: RunRecord['errorDetails'][number],
  i18n: Localizer = english,
): string {
  const { entityRef, provider, message } = detail;
  if (entityRef && provider) {
    return i18n.t('runsTab.errorOfEntityAndProvider', {
      entity: entityRef,
      provider,
      message,
    });
  }
  if (entityRef) {
    return i18n.t('runsTab.errorOfEntity', { entity: entityRef, message });
  }
  if (provider) return i18n.t('runsTab.errorOfProvider', { provider, message });
  return message;
}

/** What the "Evaluate catalog now" button reports: an alert's severity, title and details. */
export interface TriggerOutcome {
  severity: 'success' | 'info' | 'warning' | 'error';
  title: string;
  detail?: string;
}

/** The outcome of a `POST /runs` the backend accepted (202). */
export function triggerOutcome(
  result: TriggerRunResult,
  i18n: Localizer = english,
  now: Date = new Date(),
): TriggerOutcome {
  if (result.status === 'queued') {
    return {
      severity: 'info',
      title: i18n.t('runsTab.outcomeQueued', {
        time: formatOutageTime(result.startsAt, i18n.language, now),
        seconds: result.startsInSeconds,
      }),
    };
  }
  if (result.takenOver) {
    return {
      severity: 'success',
      title: i18n.t('runsTab.outcomeTakenOver'),
      detail: result.message,
    };
  }
  return {
    severity: 'success',
    title: i18n.t('runsTab.outcomeStarted'),
    detail: i18n.t('runsTab.outcomeStartedDetail'),
  };
}

/**
 * The outcome of a refused `POST /runs`: a run already in progress (409)
 * with the backend's description of it, or another error with its message.
 */
export function triggerErrorOutcome(
  error: unknown,
  i18n: Localizer = english,
): TriggerOutcome {
  const conflict =
    (error as { statusCode?: number } | null)?.statusCode === 409;
  return {
    severity: conflict ? 'warning' : 'error',
    title: i18n.t(
      conflict ? 'runsTab.outcomeConflict' : 'runsTab.outcomeFailed',
    ),
    detail: errorMessage(error),
  };
}

/**
 * How long to keep refreshing the runs after a run was asked for, so that
 * it shows up: a minute, or until a minute past a queued run's start.
 */
export function watchAfterTrigger(result: TriggerRunResult): number {
  return (
    (result.status === 'queued' ? result.startsInSeconds : 0) * 1000 + 60_000
  );
}
