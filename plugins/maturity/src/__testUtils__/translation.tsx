import type {
  AppLanguageApi,
  TranslationApi,
} from '@backstage/core-plugin-api/alpha';
import {
  appLanguageApiRef,
  translationApiRef,
} from '@backstage/core-plugin-api/alpha';
import { errorApiRef } from '@backstage/core-plugin-api';
import { MockErrorApi, mockApis, TestApiProvider } from '@backstage/test-utils';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { maturityTranslationRef } from '../translation/ref';
import { createTranslate } from '../translation/translate';
import zhCN from '../translation/zh-CN';

/** A language the plugin ships texts for. */
export type TestLanguage = 'en' | 'zh-CN';

/** An observable that never emits: languages do not change in tests. */
function silent<T>() {
  const observable = {
    subscribe: () => ({ unsubscribe: () => {}, closed: false }),
    [Symbol.observable]: () => observable,
  };
  return observable as unknown as ReturnType<AppLanguageApi['language$']> & T;
}

/** An app language API fixed to one language. */
export function fixedLanguageApi(language: TestLanguage): AppLanguageApi {
  return {
    getAvailableLanguages: () => ({ languages: ['en', 'zh-CN'] }),
    getLanguage: () => ({ language }),
    setLanguage: () => {},
    language$: () => silent(),
  };
}

/**
 * A translation API in one language: the plugin's shipped messages for the
 * maturity ref (English defaults for `en`), the default messages of every
 * other ref (Backstage's own components).
 */
export function translationApiFor(language: TestLanguage): TranslationApi {
  const base = mockApis.translation();
  if (language === 'en') return base;
  const t = createTranslate(zhCN.messages, 'zh-CN');
  return {
    getTranslation: ref =>
      ref.id === maturityTranslationRef.id
        ? ({ ready: true, t } as any)
        : base.getTranslation(ref),
    translation$: ref => base.translation$(ref),
  };
}

/** The APIs that make components speak a language. */
export function languageApis(language: TestLanguage) {
  return [
    [translationApiRef, translationApiFor(language)],
    [appLanguageApiRef, fixedLanguageApi(language)],
    [errorApiRef, new MockErrorApi()],
  ] as const;
}

/** Renders a component that needs only the translation APIs. */
export function renderTranslated(
  element: ReactElement,
  language: TestLanguage = 'en',
) {
  const Wrapper = ({ children }: { children?: ReactNode }) => (
    <TestApiProvider apis={languageApis(language) as any}>
      {children}
    </TestApiProvider>
  );
  return render(element, { wrapper: Wrapper });
}
