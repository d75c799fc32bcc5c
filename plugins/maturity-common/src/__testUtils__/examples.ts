import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { CompiledModel } from '../engine/compileModel';
import type {
  AttestationEvidence,
  EntityEvidence,
  RelationTargetEvidence,
} from '../evidence/types';
import type { JsonValue } from '../model/types';

/** The repository's examples folder. */
export const EXAMPLES_DIR = path.resolve(__dirname, '../../../../examples');

const DAY = 86_400_000;

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(file);
    return /\.ya?ml$/.test(entry.name) ? [file] : [];
  });
}

/** Resolves `-45d` to the ISO date 45 days before `now`; other values unchanged. */
function resolveRelative(value: unknown, now: Date): unknown {
  if (typeof value === 'string') {
    const match = /^-(\d+)d$/.exec(value);
    if (match)
      return new Date(now.getTime() - Number(match[1]) * DAY).toISOString();
  }
  return value;
}

/** The relation the catalog stores on the target of each spec relation. */
const INVERSE_RELATIONS: Record<string, string> = {
  ownedBy: 'ownerOf',
  partOf: 'hasPart',
  providesApi: 'apiProvidedBy',
  consumesApi: 'apiConsumedBy',
  dependsOn: 'dependencyOf',
  childOf: 'parentOf',
  memberOf: 'hasMember',
  hasMember: 'memberOf',
};

/** Relations the catalog processors would emit for an entity's spec. */
function specRelations(
  entity: Entity,
): Array<{ type: string; targetRef: string }> {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const namespace = entity.metadata.namespace ?? 'default';
  const out: Array<{ type: string; targetRef: string }> = [];
  const add = (type: string, value: unknown, defaultKind: string) => {
    const refs: unknown[] = Array.isArray(value) ? value : [value];
    for (const ref of refs.filter(Boolean)) {
      out.push({
        type,
        targetRef: stringifyEntityRef(
          parseEntityRef(String(ref), {
            defaultKind,
            defaultNamespace: namespace,
          }),
        ),
      });
    }
  };
  add('ownedBy', spec.owner, 'group');
  const kind = entity.kind.toLocaleLowerCase('en-US');
  if (kind === 'system') add('partOf', spec.domain, 'domain');
  else add('partOf', spec.system, 'system');
  add('providesApi', spec.providesApis, 'api');
  add('consumesApi', spec.consumesApis, 'api');
  add('dependsOn', spec.dependsOn, 'component');
  if (kind === 'group') {
    add('childOf', spec.parent, 'group');
    add('hasMember', spec.members, 'user');
  }
  if (kind === 'user') add('memberOf', spec.memberOf, 'group');
  return out;
}

/**
 * Reads an attestation file as evidence by entity ref and check id, resolving
 * relative dates against `now` (whose UTC day start the importer uses) and
 * expiring each entry `validForDays` of its check after `attestedAt`.
 */
function loadAttestations(
  file: string,
  now: Date,
  model: CompiledModel,
): Map<string, Record<string, AttestationEvidence>> {
  const content = parseAllDocuments(
    fs.readFileSync(file, 'utf8'),
  )[0]?.toJS() as {
    attestations?: Array<{
      entity: string;
      check: string;
      attestedBy: string;
      attestedAt: string;
      evidenceUrl: string;
      comment?: string;
    }>;
  };
  const dayStart = new Date(now);
  dayStart.setUTCHours(0, 0, 0, 0);
  const byEntity = new Map<string, Record<string, AttestationEvidence>>();
  for (const item of content?.attestations ?? []) {
    const validForDays = model.getCheck(item.check)?.check.attestation
      ?.validForDays;
    if (validForDays === undefined)
      throw new Error(`${file}: ${item.check} is not an attestation check`);
    const attestedAt = String(resolveRelative(item.attestedAt, dayStart));
    const ref = stringifyEntityRef(parseEntityRef(item.entity));
    const attestations = byEntity.get(ref) ?? {};
    attestations[item.check] = {
      attestedAt,
      expiresAt: new Date(
        new Date(attestedAt).getTime() + validForDays * DAY,
      ).toISOString(),
      evidenceUrl: item.evidenceUrl,
      author: item.attestedBy,
      ...(item.comment ? { comment: item.comment } : {}),
    };
    byEntity.set(ref, attestations);
  }
  return byEntity;
}

/** The demo catalog and facts, as evidence the engine can evaluate. */
export interface LoadedExamples {
  entities: Map<string, Entity>;
  evidence(entityRef: string): EntityEvidence;
}

/**
 * Loads the examples catalog (every YAML document with a `kind`) and the facts
 * files, the way the demo backend would: relations from specs, in both
 * directions, with existence checked against the catalog, relative fact dates resolved against `now`.
 * Given the model, also the attestation file (imported as the demo backend
 * does at startup), whose entries expire by their checks' validity; team-scoped
 * attestations of groups hold for the entities the groups own.
 */
export function loadExamples(
  now: Date,
  options: { dir?: string; model?: CompiledModel } = {},
): LoadedExamples {
  const dir = options.dir ?? EXAMPLES_DIR;
  const entities = new Map<string, Entity>();
  const factFiles: string[] = [];
  const attestationsFile = path.join(dir, 'attestations.yaml');
  for (const file of yamlFiles(dir)) {
    if (file === attestationsFile) continue;
    if (file.includes(`${path.sep}facts${path.sep}`)) {
      factFiles.push(file);
      continue;
    }
    for (const document of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      const entity = document.toJS() as Entity | null;
      if (!entity?.kind || !entity.metadata?.name || entity.kind === 'Location')
        continue;
      entities.set(stringifyEntityRef(entity), entity);
    }
  }

  const facts = new Map<
    string,
    Pick<EntityEvidence, 'techInsights' | 'factHistory'>
  >();
  for (const file of factFiles) {
    const content = parseAllDocuments(
      fs.readFileSync(file, 'utf8'),
    )[0]?.toJS() as {
      entities?: Array<{
        entity: string;
        facts?: Record<string, Record<string, unknown>>;
        history?: Array<{
          at: string;
          facts: Record<string, Record<string, unknown>>;
        }>;
      }>;
    };
    for (const item of content?.entities ?? []) {
      const ref = stringifyEntityRef(parseEntityRef(item.entity));
      const techInsights: NonNullable<EntityEvidence['techInsights']> = {};
      for (const [retriever, values] of Object.entries(item.facts ?? {})) {
        techInsights[retriever] = {
          facts: Object.fromEntries(
            Object.entries(values).map(([k, v]) => [
              k,
              resolveRelative(v, now) as JsonValue,
            ]),
          ),
          timestamp: now.toISOString(),
        };
      }
      const factHistory: NonNullable<EntityEvidence['factHistory']> = {};
      for (const point of item.history ?? []) {
        const timestamp = String(resolveRelative(point.at, now));
        for (const [retriever, values] of Object.entries(point.facts)) {
          for (const [fact, value] of Object.entries(values)) {
            ((factHistory[retriever] ??= {})[fact] ??= []).push({
              timestamp,
              value: resolveRelative(value, now) as JsonValue,
            });
          }
        }
      }
      facts.set(ref, { techInsights, factHistory });
    }
  }

  const attestations =
    options.model && fs.existsSync(attestationsFile)
      ? loadAttestations(attestationsFile, now, options.model)
      : new Map<string, Record<string, AttestationEvidence>>();

  // Team-scoped attestations hold for every entity the attested group, or a
  // group nested under it, owns: the entity's own valid attestation wins, then
  // the owner's, then the nearest ancestor's (as the maturity backend resolves
  // them, DESIGN.md §9).
  const teamScoped = options.model
    ? options.model.checks
        .filter(c => c.check.attestation?.scope === 'team')
        .map(c => c.check.id)
    : [];
  const ownerChain = (entity: Entity): string[] => {
    const chain: string[] = [];
    let ref = specRelations(entity).find(r => r.type === 'ownedBy')?.targetRef;
    while (ref && !chain.includes(ref)) {
      chain.push(ref);
      const group = entities.get(ref);
      ref = group
        ? specRelations(group).find(r => r.type === 'childOf')?.targetRef
        : undefined;
    }
    return chain;
  };
  const attestationsOf = (
    ref: string,
    entity: Entity,
  ): Record<string, AttestationEvidence> | undefined => {
    const own = attestations.get(ref);
    const inherited: Record<string, AttestationEvidence> = {};
    const chain = ownerChain(entity);
    const valid = (attestation: AttestationEvidence | undefined) =>
      attestation !== undefined &&
      new Date(attestation.expiresAt).getTime() > now.getTime();
    for (const checkId of teamScoped) {
      if (valid(own?.[checkId])) continue;
      const holder = chain.find(group =>
        valid(attestations.get(group)?.[checkId]),
      );
      if (holder) inherited[checkId] = attestations.get(holder)![checkId];
    }
    return own || Object.keys(inherited).length > 0
      ? { ...inherited, ...own }
      : undefined;
  };

  // The catalog stores each relation in both directions.
  const inverseRelations = new Map<
    string,
    Array<{ type: string; targetRef: string }>
  >();
  for (const [ref, entity] of entities) {
    for (const relation of specRelations(entity)) {
      const type = INVERSE_RELATIONS[relation.type];
      if (!type || !entities.has(relation.targetRef)) continue;
      const list = inverseRelations.get(relation.targetRef) ?? [];
      list.push({ type, targetRef: ref });
      inverseRelations.set(relation.targetRef, list);
    }
  }

  return {
    entities,
    evidence(entityRef) {
      const entity = entities.get(entityRef);
      if (!entity) throw new Error(`no entity ${entityRef} in the examples`);
      const derived = [
        ...specRelations(entity),
        ...(inverseRelations.get(entityRef) ?? []),
      ];
      const entityAttestations = attestationsOf(entityRef, entity);
      const relations: Record<string, RelationTargetEvidence[]> = {};
      for (const relation of derived) {
        (relations[relation.type] ??= []).push({
          targetRef: relation.targetRef,
          exists: entities.has(relation.targetRef),
        });
      }
      return {
        entity: { ...entity, relations: derived },
        relations,
        ...(facts.get(entityRef) ?? {}),
        ...(entityAttestations ? { attestations: entityAttestations } : {}),
      };
    },
  };
}
