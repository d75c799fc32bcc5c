import type { ModelRegistry } from '../model/ModelRegistry';

/** What a check id names across the loaded models. */
export type AttestationCheckLookup =
  | { kind: 'attestation'; validForDays: number }
  | { kind: 'automated'; modelId: string }
  | { kind: 'unknown'; modelIds: string[] };

/**
 * Looks a check id up in every loaded model, the default model first: the
 * first model where it is an attestation check gives its validity. An id
 * that is only ever a rule-based check is `automated`; one in no model is
 * `unknown`.
 */
export function attestationCheckLookup(
  models: ModelRegistry,
): (checkId: string) => AttestationCheckLookup {
  const defaultModel = models.get();
  const ordered = [
    defaultModel,
    ...models.all().filter(model => model !== defaultModel),
  ];
  return checkId => {
    let automatedIn: string | undefined;
    for (const compiled of ordered) {
      const check = compiled.getCheck(checkId)?.check;
      if (check?.attestation) {
        return {
          kind: 'attestation',
          validForDays: check.attestation.validForDays,
        };
      }
      if (check) automatedIn ??= compiled.model.id;
    }
    return automatedIn
      ? { kind: 'automated', modelId: automatedIn }
      : { kind: 'unknown', modelIds: ordered.map(m => m.model.id) };
  };
}
