import { SignInPage } from '@backstage/core-components';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import {
  SignInPageBlueprint,
  SignInPageProps,
} from '@backstage/plugin-app-react';

/** Demo sign-in: the guest provider, signed in as the catalog user "guest". */
const GuestSignInPage = (props: SignInPageProps) => (
  <SignInPage
    {...props}
    title="Harbor Bank Developer Portal"
    align="center"
    providers={['guest']}
    auto
  />
);

const signInPage = SignInPageBlueprint.make({
  params: { loader: async () => GuestSignInPage },
});

/** Installs the demo sign-in page. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage],
});
