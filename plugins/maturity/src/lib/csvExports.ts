import type {
  EntityListItem,
  GroupRollupRow,
  UnownedRollup,
} from '../api/types';
import { toCsv } from './csv';

/** CSV of entities with their overall and per-domain levels. */
export function entitiesCsv(
  items: EntityListItem[],
  domains: Array<{ id: string; title: string }>,
): string {
  const header = [
    'entityRef',
    'title',
    'kind',
    'type',
    'lifecycle',
    'owner',
    'overallLevel',
    'overallScore',
    ...domains.map(d => `${d.title} level`),
    'evaluatedAt',
  ];
  const rows = items.map(item => [
    item.entityRef,
    item.title ?? item.name,
    item.kind,
    item.specType,
    item.lifecycle,
    item.ownerRef,
    item.level,
    Math.round(item.score * 100) / 100,
    ...domains.map(d => item.domains[d.id]?.level ?? null),
    item.evaluatedAt,
  ]);
  return toCsv(header, rows);
}

function round(value: number | null | undefined): number | null {
  return value === null || value === undefined
    ? null
    : Math.round(value * 100) / 100;
}

/**
 * CSV of group rollup rows: average level and entity count per domain; the
 * entities no group owns, when given, on a last line titled "unowned".
 */
export function rollupCsv(
  rows: GroupRollupRow[],
  domains: Array<{ id: string; title: string }>,
  unowned?: UnownedRollup,
): string {
  const header = [
    'groupRef',
    'title',
    'parentRef',
    'entities',
    'overallAverageLevel',
    ...domains.flatMap(d => [
      `${d.title} average level`,
      `${d.title} entities`,
    ]),
  ];
  return toCsv(
    header,
    [
      ...rows,
      // The entities no group owns: a last line without a group ref.
      ...(unowned && unowned.entityCount > 0
        ? [{ ...unowned, groupRef: '', title: 'unowned', parentRef: '' }]
        : []),
    ].map(row => [
      row.groupRef,
      row.title,
      row.parentRef,
      row.entityCount,
      round(row.overall.averageLevel),
      ...domains.flatMap(d => [
        round(row.domains[d.id]?.averageLevel),
        row.domains[d.id]?.entityCount ?? 0,
      ]),
    ]),
  );
}
