import { useApiHolder } from '@backstage/core-plugin-api';
import {
  appLanguageApiRef,
  useTranslationRef,
} from '@backstage/core-plugin-api/alpha';
import { ReactNode, useEffect, useMemo, useState } from 'react';
import { maturityTranslationRef } from './ref';
import type { Localizer, MaturityMessageKey } from './translate';

/** The language used when the app has no language API (tests, old apps). */
const DEFAULT_LANGUAGE = 'en';

/**
 * The app's current language (BCP 47, e.g. `en` or `zh-CN`), updated when
 * the user switches it; `en` in apps without an app language API.
 */
export function useAppLanguage(): string {
  const languageApi = useApiHolder().get(appLanguageApiRef);
  const [language, setLanguage] = useState(
    () => languageApi?.getLanguage().language ?? DEFAULT_LANGUAGE,
  );
  useEffect(() => {
    if (!languageApi) return undefined;
    setLanguage(languageApi.getLanguage().language);
    const subscription = languageApi
      .language$()
      .subscribe(next => setLanguage(next.language));
    return () => subscription.unsubscribe();
  }, [languageApi]);
  return language;
}

/** What {@link useMaturityTranslation} returns. */
export interface MaturityTranslation extends Localizer {
  /** A message with elements (links, emphasis) among its values. */
  tNode: (
    key: MaturityMessageKey,
    params: Record<string, ReactNode | string | number>,
  ) => ReactNode;
}

/** The plugin's messages in the app language, and that language. */
export function useMaturityTranslation(): MaturityTranslation {
  const { t } = useTranslationRef(maturityTranslationRef);
  const language = useAppLanguage();
  return useMemo(() => {
    const anyT = t as unknown as (key: string, params?: object) => ReactNode;
    return {
      t: (key, params) => String(anyT(key, params)),
      tNode: (key, params) => anyT(key, params),
      language,
    };
  }, [t, language]);
}
