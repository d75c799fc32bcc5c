import type { Knex } from 'knex';
import { TABLES } from './tables';

/**
 * Restricts a query of `maturity_entities` (under `alias`) to the entities no
 * known group owns: no owner, or an owner that is not a group of the catalog
 * (a user, a deleted group). Groups themselves are left out: they are the
 * teams, not their work.
 */
export function whereUnowned(
  db: Knex,
  builder: Knex.QueryBuilder,
  alias?: string,
): void {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  builder
    .where(q =>
      q
        .whereNull(column('owner_ref'))
        .orWhereNotIn(
          column('owner_ref'),
          db(TABLES.groups).select('group_ref'),
        ),
    )
    .whereRaw(`lower(${column('kind')}) <> ?`, ['group']);
}
