import type { EntityEvidence } from '@devops-maturity/plugin-maturity-common';
import type { ProvidedEvidence } from '@devops-maturity/plugin-maturity-node';

/** Evidence maps merged key by key; a later provider wins per key. */
const MERGED_MAPS = [
  'relations',
  'techInsights',
  'factHistory',
  'pushed',
  'pushedHistory',
  'attestations',
  'teamAttestations',
  'waivers',
] as const satisfies ReadonlyArray<keyof ProvidedEvidence>;

/** Adds a provider's evidence to an entity's evidence bundle (in place). */
export function mergeEvidence(
  target: EntityEvidence,
  provided: ProvidedEvidence,
) {
  for (const key of MERGED_MAPS) {
    const map = provided[key];
    if (map) {
      (target as Record<(typeof MERGED_MAPS)[number], object | undefined>)[
        key
      ] = { ...target[key], ...map };
    }
  }
  if (provided.unavailableSources?.length) {
    target.unavailableSources = [
      ...(target.unavailableSources ?? []),
      ...provided.unavailableSources,
    ];
  }
}
