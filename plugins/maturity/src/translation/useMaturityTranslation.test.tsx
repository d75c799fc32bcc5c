import { mockApis, TestApiProvider } from '@backstage/test-utils';
import {
  appLanguageApiRef,
  translationApiRef,
} from '@backstage/core-plugin-api/alpha';
import { errorApiRef } from '@backstage/core-plugin-api';
import { MockErrorApi } from '@backstage/test-utils';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  useAppLanguage,
  useMaturityTranslation,
} from './useMaturityTranslation';

/** A language API whose language the test switches. */
function switchableLanguageApi(initial: string) {
  let language = initial;
  const listeners = new Set<(value: { language: string }) => void>();
  const api = {
    getAvailableLanguages: () => ({ languages: ['en', 'zh-CN'] }),
    getLanguage: () => ({ language }),
    setLanguage: (next?: string) => {
      language = next ?? 'en';
      listeners.forEach(listener => listener({ language }));
    },
    language$: () => ({
      subscribe: (listener: (value: { language: string }) => void) => {
        listeners.add(listener);
        return { unsubscribe: () => listeners.delete(listener), closed: false };
      },
    }),
  };
  return api as any;
}

describe('useAppLanguage', () => {
  it('is English without an app language API', () => {
    const { result } = renderHook(() => useAppLanguage(), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <TestApiProvider apis={[]}>{children}</TestApiProvider>
      ),
    });
    expect(result.current).toBe('en');
  });

  it('follows the language the user switches to', () => {
    const languageApi = switchableLanguageApi('en');
    const { result } = renderHook(() => useMaturityTranslation(), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <TestApiProvider
          apis={[
            [appLanguageApiRef, languageApi],
            [translationApiRef, mockApis.translation()],
            [errorApiRef, new MockErrorApi()],
          ]}
        >
          {children}
        </TestApiProvider>
      ),
    });
    expect(result.current.language).toBe('en');
    expect(result.current.t('level.title1')).toBe('Initial');
    act(() => languageApi.setLanguage('zh-CN'));
    expect(result.current.language).toBe('zh-CN');
  });
});
