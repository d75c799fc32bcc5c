import { resolvePackagePath } from '@backstage/backend-plugin-api';

/**
 * The directory of the knex migrations of the maturity backend.
 *
 * @internal
 */
export function migrationsDirectory(): string {
  return resolvePackagePath(
    '@devops-maturity/plugin-maturity-backend',
    'migrations',
  );
}
