import type {
  CheckResult,
  CheckStatusCounts,
  CompiledModel,
  EntityEvaluation,
} from '@devops-maturity/plugin-maturity-common';
import type { CatalogEntity } from '../lib/catalogFiles';
import { ENGLISH, Messages } from '../lib/messages';
import type {
  CheckView,
  DomainView,
  EntityReport,
  ReportDetail,
} from './types';

/** What reports need of a model, computed once per model. */
interface ModelPlan {
  /** Title and remediation by check position (model order). */
  info: Array<{ title: string; remediation: string }>;
  /** Check position by id. */
  indexById: Map<string, number>;
  /** Check positions by domain. */
  domainIndices: Map<string, number[]>;
  domainTitles: Map<string, string>;
  /** Level titles by level, per language of the CLI's words (`not yet …` is made once). */
  levelTitles: Map<Messages, Map<number, string>>;
}

const plans = new WeakMap<CompiledModel, ModelPlan>();

function planOf(compiled: CompiledModel): ModelPlan {
  let plan = plans.get(compiled);
  if (!plan) {
    const domainIndices = new Map<string, number[]>();
    for (const check of compiled.checks) {
      const list = domainIndices.get(check.domainId);
      if (list) list.push(check.index);
      else domainIndices.set(check.domainId, [check.index]);
    }
    plan = {
      info: compiled.checks.map(({ check }) => ({
        title: check.title,
        remediation: check.remediation.markdown.trim(),
      })),
      indexById: new Map(compiled.checks.map(c => [c.check.id, c.index])),
      domainIndices,
      domainTitles: new Map(compiled.model.domains.map(d => [d.id, d.title])),
      levelTitles: new Map(),
    };
    plans.set(compiled, plan);
  }
  return plan;
}

/** The title of a level in a model, e.g. `Foundation`; `not yet Initial` for 0. */
export function levelTitle(
  compiled: CompiledModel,
  level: number | null,
  messages: Messages = ENGLISH,
): string | null {
  if (level === null) return null;
  if (level === 0) {
    const first =
      compiled.model.levels.find(l => l.level === 1)?.title ??
      messages.text('level.named', { level: 1 });
    return messages.text('level.notYet', { title: first });
  }
  return (
    compiled.model.levels.find(l => l.level === level)?.title ??
    messages.text('level.capitalized', { level })
  );
}

function checkView(
  result: CheckResult,
  info: { title: string; remediation: string } | undefined,
): CheckView {
  const view: CheckView = {
    checkId: result.checkId,
    title: info?.title ?? result.checkId,
    domainId: result.domainId,
    capabilityId: result.capabilityId,
    level: result.level,
    status: result.status,
    message: result.message,
    source: result.source,
    remediation: info?.remediation ?? '',
  };
  if (result.value !== undefined) view.value = result.value;
  return view;
}

/** Builds the report of one evaluated entity, restricted to one domain when given. */
export function buildEntityReport(options: {
  compiled: CompiledModel;
  item: CatalogEntity;
  evaluation: EntityEvaluation;
  domainId?: string;
  detail: ReportDetail;
  /** The words of level titles the model does not have (`not yet …`); English by default. */
  messages?: Messages;
}): EntityReport {
  const { compiled, item, evaluation, domainId, detail } = options;
  const messages = options.messages ?? ENGLISH;
  const plan = planOf(compiled);
  let titles = plan.levelTitles.get(messages);
  if (!titles) {
    titles = new Map();
    plan.levelTitles.set(messages, titles);
  }
  const titleOf = (level: number | null): string | null => {
    if (level === null) return null;
    let title = titles!.get(level);
    if (title === undefined) {
      title = levelTitle(compiled, level, messages)!;
      titles!.set(level, title);
    }
    return title;
  };
  const results = evaluation.checks;
  const views = new Map<number, CheckView>();
  const viewAt = (index: number) => {
    let view = views.get(index);
    if (!view) {
      view = checkView(results[index], plan.info[index]);
      views.set(index, view);
    }
    return view;
  };

  const domains: DomainView[] = [];
  for (const domain of evaluation.score.domains) {
    if (domainId !== undefined && domain.domainId !== domainId) continue;
    const view: DomainView = {
      domainId: domain.domainId,
      title: plan.domainTitles.get(domain.domainId) ?? domain.domainId,
      applicable: domain.applicable,
      level: domain.level,
      levelTitle: titleOf(domain.level),
      score: domain.score,
      counts: domain.checks,
      passing: [],
    };
    if (detail !== 'next' && domain.applicable) {
      for (const index of plan.domainIndices.get(domain.domainId) ?? []) {
        const status = results[index]?.status;
        if (status === 'passed' || status === 'waived') {
          view.passing.push(viewAt(index));
        }
      }
    }
    if (domain.applicable && domain.nextLevel) {
      view.nextLevel = {
        level: domain.nextLevel.level,
        levelTitle: titleOf(domain.nextLevel.level)!,
        checks: domain.nextLevel.checkIds
          .map(id => plan.indexById.get(id))
          .filter(
            (index): index is number =>
              index !== undefined && results[index] !== undefined,
          )
          .map(viewAt),
      };
    }
    domains.push(view);
  }

  const checks: CheckView[] = [];
  if (detail === 'all') {
    results.forEach((result, index) => {
      if (result.status === 'not-applicable') return;
      if (domainId !== undefined && result.domainId !== domainId) return;
      checks.push(viewAt(index));
    });
  }

  let level: number | null;
  let score: number;
  let counts: CheckStatusCounts;
  if (domainId !== undefined) {
    level = domains[0]?.level ?? null;
    score = domains[0]?.score ?? 0;
    counts = domains[0]?.counts ?? evaluation.score.checks;
  } else {
    level = evaluation.score.level;
    score = evaluation.score.score;
    counts = evaluation.score.checks;
  }
  return {
    entityRef: item.entityRef,
    location: { file: item.file, document: item.document, line: item.line },
    level,
    levelTitle: titleOf(level),
    score,
    counts,
    domains,
    checks,
  };
}
