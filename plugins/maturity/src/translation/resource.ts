import { createTranslationResource } from '@backstage/frontend-plugin-api';
import { maturityTranslationRef } from './ref';

/**
 * The plugin's translations beyond English, loaded when the language is
 * chosen: Simplified Chinese (`zh-CN`) with the terms of the CAICT standard.
 * Register it with the app (a `TranslationBlueprint` extension in the new
 * frontend system, `__experimentalTranslations.resources` in the old one).
 *
 * @public
 */
export const maturityTranslations = createTranslationResource({
  ref: maturityTranslationRef,
  translations: {
    'zh-CN': () => import('./zh-CN'),
  },
});
