import { mockApis, TestApiProvider } from '@backstage/test-utils';
import {
  appLanguageApiRef,
  translationApiRef,
} from '@backstage/core-plugin-api/alpha';
import { errorApiRef } from '@backstage/core-plugin-api';
import { MockErrorApi } from '@backstage/test-utils';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { switchableLanguageApi } from '../__testUtils__/translation';
import {
  useAppLanguage,
  useMaturityTranslation,
} from './useMaturityTranslation';

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
