import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { maturityTranslations } from '@devops-maturity/plugin-maturity';

/** The Maturity plugin's Simplified Chinese (`zh-CN`) texts. */
const maturityChinese = TranslationBlueprint.make({
  name: 'maturity',
  params: { resource: maturityTranslations },
});

/**
 * The portal's translations. The languages offered in Settings (English and
 * Simplified Chinese) are configured in app-config.yaml, on the app-language
 * API extension (`api:app/app-language`).
 */
export const languagesModule = createFrontendModule({
  pluginId: 'app',
  extensions: [maturityChinese],
});
