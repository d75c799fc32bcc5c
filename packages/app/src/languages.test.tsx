import { renderTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
// This test reads the repository's real app-config.yaml from disk, in Node,
// with the YAML parser of the root package.
/* eslint-disable no-restricted-imports, @backstage/no-undeclared-imports */
import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';
/* eslint-enable no-restricted-imports, @backstage/no-undeclared-imports */
import {
  appLanguageApiRef,
  translationApiRef,
} from '@backstage/frontend-plugin-api';
import { maturityTranslationRef } from '@devops-maturity/plugin-maturity';
import { languagesModule } from './modules/languages';

jest.setTimeout(30_000);

/** The app-language API entry of `app.extensions` in app-config.yaml. */
function appLanguageConfig() {
  const file = path.resolve(__dirname, '../../../app-config.yaml');
  const extensions: object[] = parse(fs.readFileSync(file, 'utf8')).app
    .extensions;
  const entries = extensions.filter(e => 'api:app/app-language' in e);
  expect(entries).toHaveLength(1);
  return entries;
}

describe('languages of the portal', () => {
  it('offers English and Simplified Chinese in Settings', async () => {
    renderTestApp({
      features: [userSettingsPlugin, languagesModule],
      config: { app: { extensions: appLanguageConfig() } },
      initialRouteEntries: ['/settings'],
      apis: [[catalogApiRef, catalogApiMock()]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    const select = await screen.findByTestId('select', undefined, {
      timeout: 20_000,
    });
    await userEvent.click(within(select).getByRole('button'));
    const options = screen
      .getAllByRole('option')
      .map(option => option.textContent);
    const english = new Intl.DisplayNames(['en'], { type: 'language' });
    const chinese = new Intl.DisplayNames(['zh-CN'], { type: 'language' });
    expect(options).toEqual([english.of('en'), chinese.of('zh-CN')]);
  });

  it('shows the Maturity texts in Chinese once zh-CN is chosen', async () => {
    const { apis } = renderTestApp({
      features: [languagesModule],
      config: { app: { extensions: appLanguageConfig() } },
    });
    const translationApi = apis.get(translationApiRef)!;
    // Subscribing loads the messages of the chosen language.
    let t = translationApi.getTranslation(maturityTranslationRef).t;
    const subscription = translationApi
      .translation$(maturityTranslationRef)
      .subscribe(snapshot => {
        t = snapshot.t;
      });
    apis.get(appLanguageApiRef)!.setLanguage('zh-CN');
    await waitFor(() => expect(t('level.title3')).toBe('全面级'));
    subscription.unsubscribe();
    expect(t('common.domain')).toBe('能力域');
    expect(t('groupMaturityContent.title', { group: '支付' })).toBe(
      '支付 的成熟度',
    );
  });
});
