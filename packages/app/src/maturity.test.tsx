import { renderTestApp } from '@backstage/frontend-test-utils';
import maturityPlugin from '@devops-maturity/plugin-maturity/alpha';
import pluginPackage from '@devops-maturity/plugin-maturity/package.json';
import { screen } from '@testing-library/react';
import appPackage from '../package.json';
import { navModule } from './modules/nav';

describe('maturity plugin in the app', () => {
  it('is discovered from the app dependencies through its /alpha entry', () => {
    // app.packages: all discovers frontend plugins listed as dependencies and
    // loads the default export of their "./alpha" entry point.
    expect(appPackage.dependencies).toHaveProperty(
      '@devops-maturity/plugin-maturity',
    );
    expect(pluginPackage.backstage.role).toBe('frontend-plugin');
    expect(Object.keys(pluginPackage.exports)).toContain('./alpha');
    expect(maturityPlugin.pluginId).toBe('maturity');
  });

  it('shows the Maturity page in the sidebar', async () => {
    renderTestApp({ features: [navModule, maturityPlugin] });
    const link = await screen.findByRole('link', { name: /Maturity/ });
    expect(link).toHaveAttribute('href', '/maturity');
  });
});
