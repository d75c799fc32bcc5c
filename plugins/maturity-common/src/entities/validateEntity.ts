import {
  apiEntityV1alpha1Validator,
  CommonValidatorFunctions,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  Entity,
  entitySchemaValidator,
  groupEntityV1alpha1Validator,
  KindValidator,
  locationEntityV1alpha1Validator,
  makeValidator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import type { EntityFieldPath, EntityProblem } from './entityProblems';

const validators = makeValidator();

/** The kinds the catalog's built-in processor validates, by their exact spelling. */
const BUILT_IN_KINDS: Record<string, KindValidator> = {
  API: apiEntityV1alpha1Validator,
  Component: componentEntityV1alpha1Validator,
  Domain: domainEntityV1alpha1Validator,
  Group: groupEntityV1alpha1Validator,
  Location: locationEntityV1alpha1Validator,
  Resource: resourceEntityV1alpha1Validator,
  System: systemEntityV1alpha1Validator,
  User: userEntityV1alpha1Validator,
};

/** The root fields the catalog accepts (`NoForeignRootFieldsEntityPolicy`). */
const ROOT_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec'];

const NAME_RULE =
  'letters and digits, with [-_.] between them, at most 63 characters';
const DNS_RULE =
  'lower-case letters and digits, with - between them, at most 63 characters';
const PREFIXED_RULE = `an optional DNS prefix ending in / (at most 253 characters), then ${NAME_RULE}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** Collects the problems of one entity, field by field. */
class ProblemList {
  readonly problems: EntityProblem[] = [];

  add(path: EntityFieldPath, message: string, atKey = false): void {
    this.problems.push({ path, message, ...(atKey ? { atKey } : {}) });
  }

  /** A string field checked with one of the catalog's validators. */
  string(
    path: EntityFieldPath,
    value: unknown,
    valid: (value: string) => boolean,
    what: string,
    rule: string,
    required = true,
  ): void {
    if (value === undefined || value === null) {
      if (required) this.add(path, 'is required');
    } else if (typeof value !== 'string') {
      this.add(path, `must be a string, got ${typeName(value)}`);
    } else if (!valid(value)) {
      this.add(
        path,
        `${JSON.stringify(value)} is not a valid ${what}: ${rule}`,
      );
    }
  }

  /** A mapping of strings whose keys and values the catalog validates. */
  pairs(
    path: EntityFieldPath,
    value: unknown,
    checkKey: (key: string) => boolean,
    keyWhat: string,
    checkValue: (value: string) => boolean,
    valueRule: string | undefined,
  ): void {
    if (value === undefined) return;
    if (!isRecord(value)) {
      this.add(path, `must be a mapping of strings, got ${typeName(value)}`);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (!checkKey(key)) {
        this.add(
          [...path, key],
          `${JSON.stringify(key)} is not a valid ${keyWhat}: ${PREFIXED_RULE}`,
          true,
        );
      } else if (typeof item !== 'string') {
        this.add([...path, key], `must be a string, got ${typeName(item)}`);
      } else if (!checkValue(item)) {
        this.add(
          [...path, key],
          `${JSON.stringify(item)} is not a valid value${
            valueRule ? `: ${valueRule}` : ''
          }`,
        );
      }
    }
  }
}

/** `FieldFormatEntityPolicy`'s checks, reporting every field rather than the first. */
function checkFieldFormats(
  entity: Record<string, unknown>,
  list: ProblemList,
): void {
  for (const key of Object.keys(entity)) {
    if (!ROOT_FIELDS.includes(key)) {
      list.add(
        [key],
        `is not a field of an entity (only ${ROOT_FIELDS.join(', ')})`,
        true,
      );
    }
  }
  list.string(
    ['apiVersion'],
    entity.apiVersion,
    validators.isValidApiVersion,
    'apiVersion',
    'e.g. backstage.io/v1alpha1',
  );
  list.string(
    ['kind'],
    entity.kind,
    validators.isValidKind,
    'kind',
    'a letter, then letters and digits, at most 63 characters (e.g. Component)',
  );
  const metadata = entity.metadata;
  if (!isRecord(metadata)) {
    list.add(
      ['metadata'],
      metadata === undefined
        ? 'is required (a mapping with at least a name)'
        : `must be a mapping, got ${typeName(metadata)}`,
    );
  } else {
    checkMetadata(metadata, list);
  }
  if (entity.spec !== undefined && !isRecord(entity.spec)) {
    list.add(['spec'], `must be a mapping, got ${typeName(entity.spec)}`);
  }
}

function checkMetadata(
  metadata: Record<string, unknown>,
  list: ProblemList,
): void {
  list.string(
    ['metadata', 'name'],
    metadata.name,
    validators.isValidEntityName,
    'name',
    NAME_RULE,
  );
  list.string(
    ['metadata', 'namespace'],
    metadata.namespace,
    validators.isValidNamespace,
    'namespace',
    DNS_RULE,
    false,
  );
  list.pairs(
    ['metadata', 'labels'],
    metadata.labels,
    validators.isValidLabelKey,
    'label key',
    validators.isValidLabelValue,
    NAME_RULE,
  );
  list.pairs(
    ['metadata', 'annotations'],
    metadata.annotations,
    validators.isValidAnnotationKey,
    'annotation key',
    validators.isValidAnnotationValue,
    undefined,
  );
  const tags = metadata.tags;
  if (tags !== undefined) {
    if (!Array.isArray(tags)) {
      list.add(['metadata', 'tags'], `must be a list, got ${typeName(tags)}`);
    } else {
      tags.forEach((tag, index) =>
        list.string(
          ['metadata', 'tags', index],
          tag,
          validators.isValidTag,
          'tag',
          'lower-case letters, digits, : + and #, with - between them, at most 63 characters',
        ),
      );
    }
  }
  const links = metadata.links;
  if (links !== undefined) {
    if (!Array.isArray(links)) {
      list.add(['metadata', 'links'], `must be a list, got ${typeName(links)}`);
      return;
    }
    links.forEach((link, index) => {
      const path = ['metadata', 'links', index];
      if (!isRecord(link)) {
        list.add(path, `must be a mapping with a url, got ${typeName(link)}`);
        return;
      }
      list.string(
        [...path, 'url'],
        link.url,
        CommonValidatorFunctions.isValidUrl,
        'URL',
        'an absolute URL',
      );
      for (const field of ['title', 'icon']) {
        list.string(
          [...path, field],
          link[field],
          CommonValidatorFunctions.isNonEmptyString,
          field,
          'a non-empty string',
          false,
        );
      }
    });
  }
}

/**
 * Reads the first error of the catalog's schema validators
 * (`/spec must have required property 'owner' - missingProperty: owner`).
 */
function schemaProblem(error: unknown, kind?: string): EntityProblem {
  // not `instanceof Error`: the validators' errors may come from another realm
  const text =
    typeof (error as Error)?.message === 'string'
      ? (error as Error).message
      : String(error);
  const match = /^(\/\S*|<root>) (.*?)(?: - (\w+): (.*))?$/.exec(text);
  if (!match) return { path: [], message: text };
  const [, pointer, message, param, paramValue] = match;
  const path: Array<string | number> = (pointer === '<root>' ? '' : pointer)
    .split('/')
    .slice(1)
    .map(segment =>
      /^\d+$/.test(segment)
        ? Number(segment)
        : segment.replace(/~1/g, '/').replace(/~0/g, '~'),
    );
  const forKind = kind ? ` for kind ${kind}` : '';
  if (param === 'missingProperty') {
    return { path: [...path, paramValue], message: `is required${forKind}` };
  }
  if (param === 'additionalProperty') {
    return {
      path: [...path, paramValue],
      message: `is not a field${forKind}`,
      atKey: true,
    };
  }
  if (param === 'allowedValues') {
    return { path, message: `${message}: ${paramValue}` };
  }
  return { path, message };
}

/** Compiled on first use: most importers never validate. */
let validateEnvelope: ((data: unknown) => unknown) | undefined;

/**
 * Validates an entity as the catalog does before it accepts it: the field
 * formats (`FieldFormatEntityPolicy`: names, namespaces, labels, annotations,
 * tags, links), the root fields (`NoForeignRootFieldsEntityPolicy`), the
 * envelope and metadata schema (`SchemaValidEntityPolicy`) and, for the
 * built-in kinds, the kind's schema (`componentEntityV1alpha1Validator`, …).
 * Every field problem is reported; of each schema, the first. Kinds other
 * than the built-in ones are not checked further: the catalog accepts them
 * only with a processor of its own. An empty list means valid.
 *
 * @public
 */
export async function validateEntity(value: unknown): Promise<EntityProblem[]> {
  if (!isRecord(value)) {
    return [
      {
        path: [],
        message: `an entity must be a mapping with apiVersion, kind, metadata and spec, got ${typeName(
          value,
        )}`,
      },
    ];
  }
  const list = new ProblemList();
  checkFieldFormats(value, list);
  if (list.problems.length > 0) return list.problems;

  try {
    validateEnvelope ??= entitySchemaValidator();
    validateEnvelope(value);
  } catch (error) {
    return [schemaProblem(error)];
  }
  const kind = value.kind as string;
  const builtIn = Object.keys(BUILT_IN_KINDS).find(
    known =>
      known.toLocaleLowerCase('en-US') === kind.toLocaleLowerCase('en-US'),
  );
  if (!builtIn) return [];
  if (builtIn !== kind) {
    return [
      {
        path: ['kind'],
        message: `${JSON.stringify(
          kind,
        )} is not a kind the catalog knows: the built-in kind is spelled ${builtIn}`,
      },
    ];
  }
  try {
    if (!(await BUILT_IN_KINDS[builtIn].check(value as unknown as Entity))) {
      return [
        {
          path: ['apiVersion'],
          message: `${JSON.stringify(
            value.apiVersion,
          )} is not an apiVersion of the built-in kind ${kind} (e.g. backstage.io/v1alpha1)`,
        },
      ];
    }
  } catch (error) {
    return [schemaProblem(error, kind)];
  }
  return [];
}
