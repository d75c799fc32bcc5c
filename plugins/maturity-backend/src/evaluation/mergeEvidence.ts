import type { EntityEvidence } from '@devops-maturity/plugin-maturity-common';
import type { ProvidedEvidence } from '@devops-maturity/plugin-maturity-node';

/** Adds a provider's evidence to an entity's evidence bundle (in place). */
export function mergeEvidence(
  target: EntityEvidence,
  provided: ProvidedEvidence,
) {
  if (provided.relations) {
    target.relations = { ...target.relations, ...provided.relations };
  }
  if (provided.techInsights) {
    target.techInsights = { ...target.techInsights, ...provided.techInsights };
  }
  if (provided.factHistory) {
    target.factHistory = { ...target.factHistory, ...provided.factHistory };
  }
  if (provided.attestations) {
    target.attestations = { ...target.attestations, ...provided.attestations };
  }
  if (provided.teamAttestations) {
    target.teamAttestations = {
      ...target.teamAttestations,
      ...provided.teamAttestations,
    };
  }
  if (provided.waivers) {
    target.waivers = { ...target.waivers, ...provided.waivers };
  }
  if (provided.unavailableSources?.length) {
    target.unavailableSources = [
      ...(target.unavailableSources ?? []),
      ...provided.unavailableSources,
    ];
  }
}
