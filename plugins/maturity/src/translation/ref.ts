import { createTranslationRef } from '@backstage/frontend-plugin-api';
import { maturityMessages } from './messages';

/**
 * Every user-visible text of the Maturity plugin, English by default.
 *
 * @remarks
 * Apps override single messages with `createTranslationMessages` and add
 * languages with `createTranslationResource`; the plugin ships Simplified
 * Chinese as {@link maturityTranslations}. Model text (domain, capability,
 * check and level titles, remediation…) is not part of this ref: the backend
 * serves it from the model's own translations in the app language.
 *
 * @public
 */
export const maturityTranslationRef = createTranslationRef({
  id: 'maturity',
  messages: maturityMessages,
});
