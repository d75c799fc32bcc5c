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
import { Fragment, isValidElement } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { maturityTranslationRef } from '../translation/ref';
import { createTranslate } from '../translation/translate';
import type {
  MaturityMessageKey,
  MaturityTranslate,
  MessageParams,
} from '../translation/translate';
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
 * A translate function that, like the app's, accepts React elements as
 * placeholder values and then returns a fragment.
 */
function withElements(translate: MaturityTranslate) {
  return (key: MaturityMessageKey, params: Record<string, unknown> = {}) => {
    const elements = new Map<string, ReactElement>();
    const textParams: MessageParams = {};
    for (const [name, value] of Object.entries(params)) {
      if (isValidElement(value)) {
        elements.set(name, value);
        textParams[name] = `\u0000${name}\u0000`;
      } else {
        textParams[name] = value as string | number;
      }
    }
    const text = translate(key, textParams);
    if (elements.size === 0) return text;
    return (
      <>
        {text
          .split('\u0000')
          .map((part, index) =>
            index % 2 === 1 ? (
              <Fragment key={index}>{elements.get(part)}</Fragment>
            ) : (
              part
            ),
          )}
      </>
    );
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
  const t = withElements(createTranslate(zhCN.messages, 'zh-CN'));
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

/** A language API whose language the test switches. */
export function switchableLanguageApi(initial: string): AppLanguageApi {
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
  return api as unknown as AppLanguageApi;
}
