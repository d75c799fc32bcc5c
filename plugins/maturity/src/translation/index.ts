export { maturityTranslationRef } from './ref';
export { maturityTranslations } from './resource';
export {
  useAppLanguage,
  useMaturityTranslation,
} from './useMaturityTranslation';
export type { MaturityTranslation } from './useMaturityTranslation';
export {
  englishTranslate,
  createTranslate,
  flattenMessages,
} from './translate';
export type {
  Localizer,
  MaturityMessageKey,
  MaturityMessages,
  MaturityTranslate,
  MessageParams,
} from './translate';
