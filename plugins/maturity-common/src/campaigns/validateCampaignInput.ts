import { parseEntityRef } from '@backstage/catalog-model';
import { isIsoDate } from '../engine/baselineValue';
import { entityPredicateSchema } from '../model/schema';

/**
 * A problem of a campaign definition: the field path (`targets[1].level`)
 * and what is wrong with it.
 *
 * @public
 */
export interface CampaignProblem {
  path: string;
  message: string;
}

/**
 * What the validator needs to know of a model.
 *
 * @public
 */
export interface CampaignModelInfo {
  id: string;
  domains: ReadonlyArray<{ id: string }>;
}

/**
 * Options of {@link validateCampaignInput}.
 *
 * @public
 */
export interface ValidateCampaignOptions {
  /** An update (PUT): `id` is ignored and `state` may be `completed`. */
  update?: boolean;
}

/**
 * The id of a campaign.
 *
 * @public
 */
export const CAMPAIGN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

const MAX_SCOPE_GROUPS = 100;
const MAX_DESCRIPTION = 20_000;

const FIELDS = new Set([
  'id',
  'title',
  'description',
  'owner',
  'modelId',
  'targets',
  'scope',
  'startDate',
  'targetDate',
  'state',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function refProblem(value: unknown, kinds: string[]): string | undefined {
  if (typeof value !== 'string' || !value.trim()) {
    return `must be a ${kinds.join(' or ')} entity ref`;
  }
  try {
    // a name alone is taken as a ref of the first kind (a group)
    const ref = parseEntityRef(value, {
      defaultKind: kinds[0],
      defaultNamespace: 'default',
    });
    if (!kinds.includes(ref.kind.toLocaleLowerCase('en-US'))) {
      return `must be a ${kinds.join(' or ')} entity ref, got "${value}"`;
    }
  } catch {
    return `must be a ${kinds.join(' or ')} entity ref, got "${value}"`;
  }
  return undefined;
}

/** `a.b[0].c` from a base path and a schema issue path. */
function joinPath(base: string, path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : `${text}.${part}`,
    base,
  );
}

function validateTargets(
  targets: unknown,
  model: CampaignModelInfo | undefined,
  report: (path: string, message: string) => void,
) {
  if (!Array.isArray(targets) || targets.length === 0) {
    report('targets', 'must list at least one target');
    return;
  }
  const seen = new Set<string>();
  targets.forEach((target, i) => {
    const at = `targets[${i}]`;
    if (!isRecord(target)) {
      report(at, 'must be an object { domain, level }');
      return;
    }
    const { domain, level } = target;
    if (typeof domain !== 'string' || !domain) {
      report(`${at}.domain`, 'must be a domain id or "overall"');
    } else {
      if (
        domain !== 'overall' &&
        model &&
        !model.domains.some(d => d.id === domain)
      ) {
        report(
          `${at}.domain`,
          `unknown domain "${domain}" of model "${model.id}"`,
        );
      }
      if (seen.has(domain)) {
        report(`${at}.domain`, `domain "${domain}" is targeted twice`);
      }
      seen.add(domain);
    }
    if (
      typeof level !== 'number' ||
      !Number.isInteger(level) ||
      level < 1 ||
      level > 5
    ) {
      report(`${at}.level`, 'must be 1..5');
    }
  });
}

function validateScope(
  scope: unknown,
  report: (path: string, message: string) => void,
) {
  if (!isRecord(scope)) {
    report('scope', 'must be an object { groups?, filter? }');
    return;
  }
  for (const key of Object.keys(scope)) {
    if (key !== 'groups' && key !== 'filter') {
      report(`scope.${key}`, 'unknown field (expected groups or filter)');
    }
  }
  if (scope.groups !== undefined) {
    if (!Array.isArray(scope.groups)) {
      report('scope.groups', 'must be a list of group entity refs');
    } else if (scope.groups.length > MAX_SCOPE_GROUPS) {
      report('scope.groups', `must list at most ${MAX_SCOPE_GROUPS} groups`);
    } else {
      scope.groups.forEach((group, i) => {
        const problem = refProblem(group, ['group']);
        if (problem) report(`scope.groups[${i}]`, problem);
      });
    }
  }
  if (scope.filter !== undefined) {
    const parsed = entityPredicateSchema.safeParse(scope.filter);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        report(joinPath('scope.filter', issue.path), issue.message);
      }
    }
  }
}

/**
 * Checks a campaign definition (a request body or an app-config entry)
 * against the known models. Returns every problem with its field path;
 * none means the input is a valid {@link CampaignInput}. A scope that
 * matches no entity is not a problem here (it depends on the data).
 *
 * @public
 */
export function validateCampaignInput(
  input: unknown,
  models: ReadonlyArray<CampaignModelInfo>,
  options: ValidateCampaignOptions = {},
): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  const report = (path: string, message: string) =>
    problems.push({ path, message });
  if (!isRecord(input)) {
    report('', 'a campaign must be an object');
    return problems;
  }
  for (const key of Object.keys(input)) {
    if (!FIELDS.has(key)) report(key, 'unknown field');
  }
  if (
    !options.update &&
    input.id !== undefined &&
    (typeof input.id !== 'string' || !CAMPAIGN_ID_PATTERN.test(input.id))
  ) {
    report('id', 'must match [a-z0-9][a-z0-9-]{0,62}');
  }
  if (typeof input.title !== 'string' || !input.title.trim()) {
    report('title', 'must not be blank');
  } else if (input.title.length > 200) {
    report('title', 'must be at most 200 characters');
  }
  if (
    input.description !== undefined &&
    (typeof input.description !== 'string' ||
      input.description.length > MAX_DESCRIPTION)
  ) {
    report(
      'description',
      `must be Markdown text of at most ${MAX_DESCRIPTION} characters`,
    );
  }
  const owner = refProblem(input.owner, ['group', 'user']);
  if (owner) report('owner', owner);

  let model: CampaignModelInfo | undefined;
  if (typeof input.modelId !== 'string' || !input.modelId) {
    report('modelId', 'must name a model');
  } else {
    model = models.find(m => m.id === input.modelId);
    if (!model) report('modelId', `unknown model "${input.modelId}"`);
  }
  validateTargets(input.targets, model, report);
  validateScope(input.scope, report);

  const { startDate, targetDate } = input;
  const startOk = typeof startDate === 'string' && isIsoDate(startDate);
  const targetOk = typeof targetDate === 'string' && isIsoDate(targetDate);
  if (!startOk) report('startDate', 'must be a date YYYY-MM-DD');
  if (!targetOk) report('targetDate', 'must be a date YYYY-MM-DD');
  if (startOk && targetOk && (targetDate as string) <= (startDate as string)) {
    report('targetDate', `must be after startDate (${startDate})`);
  }
  const states = options.update
    ? ['draft', 'active', 'completed']
    : ['draft', 'active'];
  if (
    input.state !== undefined &&
    (typeof input.state !== 'string' || !states.includes(input.state))
  ) {
    report('state', `must be one of ${states.join(', ')}`);
  }
  return problems;
}

/**
 * `path: message` lines of campaign problems, the path prefixed (e.g. with
 * `maturity.campaigns[2]`).
 *
 * @public
 */
export function formatCampaignProblems(
  problems: ReadonlyArray<CampaignProblem>,
  prefix = '',
): string {
  return problems
    .map(p => {
      const path = prefix && p.path ? `${prefix}.${p.path}` : prefix || p.path;
      return `${path}: ${p.message}`;
    })
    .join('; ');
}
