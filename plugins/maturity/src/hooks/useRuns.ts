import { useApi } from '@backstage/core-plugin-api';
import type { RunRecord } from '@devops-maturity/plugin-maturity-common';
import { useCallback, useEffect, useRef, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../api/MaturityApi';

/** What {@link useRuns} returns. */
export interface RunsState {
  /** The latest runs, newest first; the last list read while a refresh fails. */
  runs?: RunRecord[];
  loading: boolean;
  error?: Error;
  /** Reads the runs again now. */
  refresh(): void;
  /** Keeps refreshing for `ms` milliseconds even while no run is running. */
  watch(ms: number): void;
}

/**
 * The latest evaluation runs, read again every `intervalMs` while one is
 * running or while watched (after a run was asked for, until it shows up).
 */
export function useRuns(options: {
  limit: number;
  intervalMs: number;
}): RunsState {
  const { limit, intervalMs } = options;
  const api = useApi(maturityApiRef);
  const state = useAsyncRetry(
    async () => (await api.listRuns({ limit })).items,
    [api, limit],
  );
  const last = useRef<RunRecord[]>();
  if (state.value) last.current = state.value;
  const runs = state.value ?? last.current;
  const [watchUntil, setWatchUntil] = useState(0);
  const running = Boolean(runs?.some(run => run.status === 'running'));
  const { retry } = state;

  useEffect(() => {
    if (!running && watchUntil === 0) return undefined;
    const timer = setInterval(() => {
      if (running || Date.now() < watchUntil) retry();
      else setWatchUntil(0);
    }, intervalMs);
    return () => clearInterval(timer);
  }, [running, watchUntil, retry, intervalMs]);

  const watch = useCallback((ms: number) => setWatchUntil(Date.now() + ms), []);
  return {
    runs,
    loading: state.loading,
    error: state.error,
    refresh: retry,
    watch,
  };
}
