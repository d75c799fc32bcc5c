import { createHash } from 'node:crypto';
import type {
  CompiledModel,
  EntityEvidence,
} from '@devops-maturity/plugin-maturity-common';

/**
 * The layout of {@link evaluationInputsDigest}. Bump it when what the digest
 * covers or how it is serialised changes, and when the engine's results for
 * the same inputs change (a new release of its rules): every entity is then
 * evaluated again at the next run, rather than at the end of the day.
 */
export const EVALUATION_INPUTS_LAYOUT = 1;

const modelDigests = new WeakMap<CompiledModel, string>();

/**
 * The digest of a compiled model's definition (its JSON), computed once per
 * loaded model: a changed model file changes it even without a new version.
 */
export function modelDigest(compiled: CompiledModel): string {
  let digest = modelDigests.get(compiled);
  if (digest === undefined) {
    digest = createHash('sha256')
      .update(JSON.stringify(compiled.model))
      .digest('hex');
    modelDigests.set(compiled, digest);
  }
  return digest;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The evidence of an entity as text, the same for the same evidence: its
 * fields in name order, and the entries of each evidence map (facts by
 * retriever, attestations by check, …) in key order, since providers merge
 * them in the order they answer. Below that, values are serialised as the
 * providers built them (a different key order there only costs an
 * evaluation).
 */
export function serializeEvidence(evidence: EntityEvidence): string {
  const fields = evidence as unknown as Record<string, unknown>;
  let text = '';
  for (const field of Object.keys(fields).sort()) {
    const value = fields[field];
    if (value === undefined) continue;
    text += `${JSON.stringify(field)}:`;
    if (field !== 'entity' && isMap(value)) {
      text += '{';
      for (const key of Object.keys(value).sort()) {
        const entry = value[key];
        if (entry !== undefined)
          text += `${JSON.stringify(key)}:${JSON.stringify(entry)},`;
      }
      text += '}\n';
    } else {
      text += `${JSON.stringify(value)}\n`;
    }
  }
  return text;
}

/**
 * The digest of everything an evaluation of one entity under one model
 * reads besides the time: the evidence ({@link serializeEvidence}), the
 * model ({@link modelDigest}), the deployment's baseline date and the
 * digest's layout. SHA-256, hex.
 */
export function evaluationInputsDigest(options: {
  compiled: CompiledModel;
  baselineDate: string | undefined;
  /** From {@link serializeEvidence}. */
  serializedEvidence: string;
}): string {
  const { compiled, baselineDate, serializedEvidence } = options;
  return createHash('sha256')
    .update(
      `${EVALUATION_INPUTS_LAYOUT}\n${modelDigest(compiled)}\n${
        baselineDate ?? ''
      }\n`,
    )
    .update(serializedEvidence)
    .digest('hex');
}
