import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import { TestApiProvider } from '@backstage/test-utils';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { fakeMaturityApi } from '../__testUtils__/fakes';
import { modelList } from '../__testUtils__/fixtures';
import { switchableLanguageApi } from '../__testUtils__/translation';
import { maturityApiRef } from '../api/MaturityApi';
import { useModelSummary } from './useModelSummary';

describe('useModelSummary', () => {
  it('fetches the models again, titles in the new language, when the language changes', async () => {
    const api = fakeMaturityApi({ listModels: async () => modelList });
    const languageApi = switchableLanguageApi('en');
    const { result } = renderHook(() => useModelSummary(), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <TestApiProvider
          apis={[
            [maturityApiRef, api],
            [appLanguageApiRef, languageApi],
          ]}
        >
          {children}
        </TestApiProvider>
      ),
    });
    await waitFor(() => expect(result.current.model).toBeDefined());
    expect(api.listModels).toHaveBeenCalledTimes(1);
    act(() => languageApi.setLanguage('zh-CN'));
    await waitFor(() => expect(api.listModels).toHaveBeenCalledTimes(2));
  });
});
