import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { languagesModule } from './modules/languages';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

/**
 * The demo portal. Feature packages listed in package.json (catalog, org,
 * API docs, user settings, …) are discovered through `app.packages: all`.
 */
export default createApp({
  features: [catalogPlugin, navModule, signInModule, languagesModule],
});
