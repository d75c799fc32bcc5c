import { useApi } from '@backstage/core-plugin-api';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../api/MaturityApi';
import type { ModelList, ModelSummary } from '../api/types';
import { sortDomains } from '../lib/domains';
import { useAppLanguage } from '../translation';

/** The loaded models, the selected one (or the default) and its domains in display order. */
export interface ModelSummaryState {
  loading: boolean;
  error?: Error;
  models?: ModelList;
  model?: ModelSummary;
  /** The model's domains, Platform Engineering and SRE first. */
  domains: ModelSummary['domains'];
}

/** Loads the model list and picks `modelId` or the default model. */
export function useModelSummary(modelId?: string): ModelSummaryState {
  const api = useApi(maturityApiRef);
  const language = useAppLanguage();
  // The language is read by the client; a change fetches the titles anew.
  const { value, loading, error } = useAsync(
    () => api.listModels(),
    [api, language],
  );
  const id = modelId ?? value?.defaultModelId;
  const model = value?.items.find(m => m.id === id);
  // The same array until the model changes: tables and aggregates memoised
  // on the domains are not rebuilt on every render of the page.
  const domains = useMemo(
    () => (model ? sortDomains(model.domains, d => d) : []),
    [model],
  );
  return { loading, error, models: value, model, domains };
}
