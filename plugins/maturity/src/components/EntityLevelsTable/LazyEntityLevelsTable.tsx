import { Progress } from '@backstage/core-components';
import { lazy, Suspense } from 'react';
import type { EntityLevelsTableProps } from './EntityLevelsTable';

const Table = lazy(() =>
  import('./EntityLevelsTable').then(m => ({ default: m.EntityLevelsTable })),
);

/**
 * {@link EntityLevelsTable}, loaded lazily: for tables below the fold (the
 * org dashboard's team practices and drill-down), so that the page's first
 * content does not wait for the table library (material-table: a chunk of ~470 KB).
 */
export function LazyEntityLevelsTable(props: EntityLevelsTableProps) {
  return (
    <Suspense fallback={<Progress />}>
      <Table {...props} />
    </Suspense>
  );
}
