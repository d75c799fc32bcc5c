import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CompiledModel,
  computeIndicatorSamples,
  evaluateEntity,
  EntityEvaluation,
  EntityEvidence,
} from '@devops-maturity/plugin-maturity-common';
import type {
  FactRequirements,
  MaturityFactProvider,
} from '@devops-maturity/plugin-maturity-node';
import type { ModelRegistry } from '../model/ModelRegistry';
import type { MaturityStore } from '../store/MaturityStore';
import type {
  EntityEvaluationWrite,
  EvaluatedEntityInfo,
  RunRecord,
  SkippedEvaluation,
  StoredEvaluationInputs,
} from '../store/types';
import { CatalogIndex, readCatalogIndex } from './CatalogIndex';
import { entityInfoOf, relationEvidenceOf } from './entityInfo';
import { evaluationInputsDigest, serializeEvidence } from './evidenceDigest';
import { evidenceOutagesOf } from './evidenceOutagesOf';
import { factRequirementsOf } from './factRequirements';
import { withIndicatorRequirements } from './indicatorFactRequirements';
import { mergeEvidence } from './mergeEvidence';
import { Settled, settle, unwrap } from './pendingWrite';
import { keepStoredResults } from './keepStoredResults';
import type { LevelChangeListener } from './levelChanges/LevelChange';
import { LevelChangeDispatcher } from './levelChanges/LevelChangeDispatcher';
import { SourceDown, SourcesDownTally } from './sourcesDown';
import { checksToKeep, toEvaluationWrite } from './toEvaluationWrite';
import { DEFAULT_RUN_TAKEOVER_AFTER_MS } from './fullRuns/FullRunLeases';
import type { HeldRunLease } from './fullRuns/HeldRunLease';

type RunError = RunRecord['errorDetails'][number];

/** The outcome of a run. */
export interface RunSummary {
  runId: string;
  entities: number;
  changedEntities: number;
  errors: RunError[];
  /** The evidence sources that could not be read, for how many entities. */
  sourcesDown: SourceDown[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_LISTENER_TIMEOUT_MS = 60_000;

/**
 * Evaluates catalog entities against every loaded model: streams the catalog
 * page by page, gathers evidence from every provider once per page, runs the
 * pure engine and lets the store write only what changed. One failing entity
 * or provider never aborts a run; it is recorded on the run.
 *
 * The level changes of every committed batch go to the level change
 * listeners (events, notifications) in the background while the run goes
 * on; a full run and a re-evaluation of many entities wait for them at their
 * end, at most `listenerTimeoutMs`; a single entity's refresh does not.
 */
export class EvaluationRunner {
  private readonly requirements: FactRequirements;
  /**
   * With the indicators' history back to their baseline dates: it only
   * changes with the day (`ceil(ms / day)`, as the look-back is computed).
   */
  private dailyRequirements?: { day: number; value: FactRequirements };
  private readonly dispatcher: LevelChangeDispatcher;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      store: MaturityStore;
      models: ModelRegistry;
      providers: MaturityFactProvider[];
      kinds: string[];
      batchSize: number;
      /** The deployment's baseline date (app-config `maturity.baselineDate`) for `trend` with `baseline: configured`. */
      baselineDate?: string;
      /** Told about the level changes of every committed batch. */
      listeners?: LevelChangeListener[];
      /** How long a run waits at its end for the listeners; default 60 s. */
      listenerTimeoutMs?: number;
    },
  ) {
    this.dispatcher = new LevelChangeDispatcher({
      listeners: options.listeners ?? [],
      logger: options.logger,
    });
    this.requirements = factRequirementsOf(
      options.models.all().map(m => m.model),
    );
  }

  /**
   * Evaluates the whole catalog, then removes entities that left it. An
   * aborted `signal` (the scheduler's timeout) stops the run before the next
   * page, so that it never overlaps the run another instance starts once
   * this one's lease has expired; the run is recorded as failed. `actor`
   * is who asked for a manual run. With the full run's `lease` (see
   * `FullRunLeases`) the run beats it before every page and stops before
   * the next page once it was lost (taken over); it frees the lease once
   * recorded.
   */
  async runAll(
    trigger: RunRecord['trigger'] = 'scheduled',
    signal?: AbortSignal,
    actor?: string,
    lease?: HeldRunLease,
  ): Promise<RunSummary> {
    const { store, catalog, auth, logger, kinds, batchSize, models } =
      this.options;
    const startedAt = Date.now();
    const abandoned = await store.closeAbandonedRuns(
      new Date(),
      new Date(
        Date.now() - (lease?.takeoverAfterMs ?? DEFAULT_RUN_TAKEOVER_AFTER_MS),
      ),
    );
    if (abandoned > 0) {
      logger.warn(
        `Closed ${abandoned} maturity run(s) left running by a stopped instance`,
      );
    }
    const runId = await store.startRun(trigger, new Date(), actor);
    const errors: RunError[] = [];
    const sourcesDown = new SourcesDownTally();
    let entities = 0;
    let changedEntities = 0;
    let catalogComplete = false;
    const seen = new Set<string>();
    // a page is evaluated while the previous page's writes are in the
    // database; writes stay in page order
    let writing: Promise<Settled> | undefined;
    let written = 0; // entities of the page being written
    const collect = async () => {
      const settled = await writing;
      const count = written;
      writing = undefined;
      written = 0;
      if (settled) changedEntities += unwrap(settled);
      entities += count;
    };
    try {
      await lease?.attach(runId);
      const index = await readCatalogIndex({ catalog, auth, batchSize });
      await store.replaceGroups(index.groups);
      for (const compiled of models.all()) {
        await store.deleteChecksNotIn(
          compiled.model.id,
          compiled.checks.map(c => c.check.id),
          compiled.model.domains.map(d => d.id),
        );
      }
      const credentials = await auth.getOwnServiceCredentials();
      for await (const page of catalog.streamEntities(
        { filter: { kind: kinds }, pageSize: batchSize },
        { credentials },
      )) {
        signal?.throwIfAborted();
        await lease?.beat();
        page.forEach(e => seen.add(stringifyEntityRef(e)));
        const batch = await this.prepareBatch(page, index, errors, sourcesDown);
        await collect();
        writing = settle(this.writeBatch(batch, runId));
        written = page.length;
      }
      await collect();
      signal?.throwIfAborted();
      await lease?.beat();
      catalogComplete = true;
      for (const compiled of models.all()) {
        const modelId = compiled.model.id;
        const gone = (await store.listEvaluatedEntityRefs(modelId)).filter(
          ref => !seen.has(ref),
        );
        await store.deleteEntities(modelId, gone);
        const computedAt = new Date();
        const day = computedAt.toISOString().slice(0, 10);
        await store.writeRollupSnapshot(modelId, day);
        await store.writeIndicatorSnapshot(
          modelId,
          compiled.model.indicators ?? [],
          day,
          computedAt,
        );
      }
      await store.refreshStatistics();
    } catch (error) {
      errors.push({ message: `run aborted: ${String(error)}` });
      logger.error(`Maturity evaluation run ${runId} failed: ${error}`);
      // a failed run ends after its last write, and counts it if it held
      await collect().catch(() => undefined);
    }
    const down = sourcesDown.list();
    try {
      await store.finishRun(runId, {
        status: catalogComplete ? 'succeeded' : 'failed',
        finishedAt: new Date().toISOString(),
        entities,
        changedEntities,
        errors: errors.length,
        errorDetails: errors.slice(0, 100),
        sourcesDown: down,
      });
    } finally {
      await lease?.release();
    }
    logger.info(
      `Maturity run ${runId}: ${entities} entities, ${changedEntities} changed, ${
        errors.length
      } errors in ${Date.now() - startedAt} ms`,
    );
    this.warnSourcesDown(runId, down);
    await this.settleListeners(runId);
    return { runId, entities, changedEntities, errors, sourcesDown: down };
  }

  /**
   * Evaluates one entity now (the refresh, attest and waive endpoints). Its
   * level changes reach the listeners in the background; the call does not
   * wait for them.
   */
  async refreshEntity(entity: Entity): Promise<RunSummary> {
    const { store, catalog, auth } = this.options;
    const runId = await store.startRun('entity', new Date());
    const errors: RunError[] = [];
    const sourcesDown = new SourcesDownTally();
    let changedEntities = 0;
    try {
      const refs = await this.existingRefs([entity], catalog, auth);
      ({ changedEntities } = await this.evaluateBatch(
        [entity],
        { refs, groups: [] },
        errors,
        runId,
        sourcesDown,
      ));
    } catch (error) {
      errors.push({
        entityRef: stringifyEntityRef(entity),
        message: String(error),
      });
    }
    const down = sourcesDown.list();
    await store.finishRun(runId, {
      status: errors.length ? 'failed' : 'succeeded',
      finishedAt: new Date().toISOString(),
      entities: 1,
      changedEntities,
      errors: errors.length,
      errorDetails: errors,
      sourcesDown: down,
    });
    // answered at once: an HTTP request never waits for notifications
    return { runId, entities: 1, changedEntities, errors, sourcesDown: down };
  }

  /**
   * Evaluates the given entities now, page by page, through the same path as
   * a run (evidence, engine, writes, history), recorded as one run; refs no
   * longer in the catalog are skipped. Used after a team attestation was
   * created or revoked.
   */
  async refreshEntities(entityRefs: readonly string[]): Promise<RunSummary> {
    const { store, catalog, auth, batchSize } = this.options;
    const runId = await store.startRun('entity', new Date());
    const errors: RunError[] = [];
    const sourcesDown = new SourcesDownTally();
    let entities = 0;
    let changedEntities = 0;
    try {
      const credentials = await auth.getOwnServiceCredentials();
      const unique = [...new Set(entityRefs)];
      for (let start = 0; start < unique.length; start += batchSize) {
        const { items } = await catalog.getEntitiesByRefs(
          { entityRefs: unique.slice(start, start + batchSize) },
          { credentials },
        );
        const page = items.filter((e): e is Entity => e !== undefined);
        if (page.length === 0) continue;
        const refs = await this.existingRefs(page, catalog, auth);
        const result = await this.evaluateBatch(
          page,
          { refs, groups: [] },
          errors,
          runId,
          sourcesDown,
        );
        entities += page.length;
        changedEntities += result.changedEntities;
        // let requests waiting behind this page be served before the next
        await new Promise<void>(resolve => setImmediate(resolve));
      }
    } catch (error) {
      errors.push({ message: `re-evaluation aborted: ${String(error)}` });
    }
    const down = sourcesDown.list();
    await store.finishRun(runId, {
      status: errors.length ? 'failed' : 'succeeded',
      finishedAt: new Date().toISOString(),
      entities,
      changedEntities,
      errors: errors.length,
      errorDetails: errors.slice(0, 100),
      sourcesDown: down,
    });
    this.warnSourcesDown(runId, down);
    await this.settleListeners(runId);
    return { runId, entities, changedEntities, errors, sourcesDown: down };
  }

  /**
   * Resolves once the listeners have handled every level change handed to
   * them so far (true), or after `timeoutMs` (false).
   */
  whenListenersIdle(timeoutMs: number): Promise<boolean> {
    return this.dispatcher.settle(timeoutMs);
  }

  /**
   * A provider that marks its entities unavailable (rather than throwing)
   * leaves no error on the run: say so in the log as well as on the run.
   */
  private warnSourcesDown(runId: string, down: SourceDown[]): void {
    for (const { source, entities, message } of down) {
      this.options.logger.warn(
        `Maturity run ${runId}: evidence source ${source} could not be read for ${entities} entities (${message}); their checks keep earlier results`,
      );
    }
  }

  /**
   * Waits for the listeners to handle the run's level changes, at most
   * `listenerTimeoutMs`; they go on in the background after that.
   */
  private async settleListeners(runId: string): Promise<void> {
    const timeoutMs =
      this.options.listenerTimeoutMs ?? DEFAULT_LISTENER_TIMEOUT_MS;
    if (!(await this.dispatcher.settle(timeoutMs))) {
      this.options.logger.warn(
        `Maturity run ${runId}: level change listeners still busy after ${timeoutMs} ms; they go on in the background`,
      );
    }
  }

  /** Which of the entities' relation targets exist in the catalog. */
  private async existingRefs(
    entities: readonly Entity[],
    catalog: CatalogService,
    auth: AuthService,
  ): Promise<Set<string>> {
    const targets = [
      ...new Set(
        entities.flatMap(e => (e.relations ?? []).map(r => r.targetRef)),
      ),
    ];
    if (targets.length === 0) return new Set();
    const credentials = await auth.getOwnServiceCredentials();
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: targets,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    return new Set(targets.filter((_, i) => items[i]));
  }

  /** Gathers evidence for a page, evaluates every model and stores the changes. */
  /** The fact requirements of the day, indicators' history included. */
  private requirementsOn(now: Date): FactRequirements {
    const day = Math.ceil(now.getTime() / DAY_MS);
    if (this.dailyRequirements?.day !== day) {
      const { models, baselineDate } = this.options;
      this.dailyRequirements = {
        day,
        value: withIndicatorRequirements(
          this.requirements,
          models.all().map(m => m.model),
          { now, baselineDate },
        ),
      };
    }
    return this.dailyRequirements.value;
  }

  private async evaluateBatch(
    entities: Entity[],
    index: CatalogIndex,
    errors: RunError[],
    runId: string,
    sourcesDown: SourcesDownTally,
  ): Promise<{ changedEntities: number }> {
    const batch = await this.prepareBatch(entities, index, errors, sourcesDown);
    return this.writeBatch(batch, runId);
  }

  /** Writes a page's evaluations, then hands the level changes to the listeners. */
  private async writeBatch(
    batch: PreparedBatch,
    runId: string,
  ): Promise<{ changedEntities: number }> {
    const { writes, skipped, now } = batch;
    const result = await this.options.store.applyEvaluations(
      writes,
      now,
      skipped,
    );
    // committed: the listeners may tell the world
    this.dispatcher.dispatch(result.levelChanges ?? [], { runId });
    return { changedEntities: result.changedEntities };
  }

  /**
   * Reads the evidence of a page and evaluates it, without writing; counts
   * the sources that could not be read in `sourcesDown`. Entities whose
   * evaluation inputs are those of their stored evaluation, still valid,
   * are not evaluated (`skipped`).
   */
  private async prepareBatch(
    entities: Entity[],
    index: CatalogIndex,
    errors: RunError[],
    sourcesDown: SourcesDownTally,
  ): Promise<PreparedBatch> {
    const { providers, models, logger } = this.options;
    // before the evidence is read: a later evaluation of an entity wins
    const now = new Date();
    const requirements = this.requirementsOn(now);
    const evidence = new Map<string, EntityEvidence>();
    for (const entity of entities) {
      evidence.set(stringifyEntityRef(entity), {
        entity,
        relations: relationEvidenceOf(entity, index.refs),
      });
    }
    await Promise.all(
      providers.map(async provider => {
        try {
          const provided = await provider.getEvidence({
            entities,
            requirements,
          });
          for (const [ref, part] of provided) {
            const target = evidence.get(ref);
            if (target) mergeEvidence(target, part);
          }
        } catch (error) {
          const message = `evidence provider ${provider.id} failed: ${error}`;
          errors.push({ provider: provider.id, message });
          logger.warn(message);
          for (const target of evidence.values()) {
            mergeEvidence(target, {
              unavailableSources: [
                { source: provider.evidenceSource ?? 'techInsights', message },
              ],
            });
          }
        }
      }),
    );

    sourcesDown.add(evidence.values());

    // an entity with a source down is always evaluated (its stored results
    // are partly kept): its inputs are not recorded
    const serialized = new Map<string, string>();
    for (const [ref, entityEvidence] of evidence) {
      if (!entityEvidence.unavailableSources?.length)
        serialized.set(ref, serializeEvidence(entityEvidence));
    }
    const writes: EntityEvaluationWrite[] = [];
    const skipped: SkippedEvaluation[] = [];
    for (const compiled of models.all()) {
      const result = await this.evaluateModel(
        compiled,
        evidence,
        serialized,
        now,
        errors,
      );
      writes.push(...result.writes);
      skipped.push(...result.skipped);
    }
    return { writes, skipped, now };
  }

  /**
   * The digests of the evaluation inputs of a page's entities under one
   * model, and those entities whose stored evaluation has the same inputs
   * and holds at `now`.
   */
  private async unchangedInputs(
    compiled: CompiledModel,
    serialized: ReadonlyMap<string, string>,
    now: Date,
  ): Promise<{ digests: Map<string, string>; unchanged: Set<string> }> {
    const { store, baselineDate } = this.options;
    const digests = new Map<string, string>();
    for (const [ref, serializedEvidence] of serialized) {
      digests.set(
        ref,
        evaluationInputsDigest({ compiled, baselineDate, serializedEvidence }),
      );
    }
    const unchanged = new Set<string>();
    if (digests.size === 0) return { digests, unchanged };
    const stored = await store.readEvaluationInputs(compiled.model.id, [
      ...digests.keys(),
    ]);
    for (const [ref, digest] of digests) {
      if (holds(stored.get(ref), digest, now)) unchanged.add(ref);
    }
    return { digests, unchanged };
  }

  /**
   * Evaluates a page under one model. Checks whose source was unavailable
   * keep their stored results (read once for the page), and the levels are
   * scored with them. Indicator samples are computed from the evaluation;
   * an entity with an unavailable source keeps its stored samples. Every
   * write says which sources were down and which checks kept an earlier
   * result because of each (the store records them as outages).
   */
  private async evaluateModel(
    compiled: CompiledModel,
    evidence: Map<string, EntityEvidence>,
    serialized: ReadonlyMap<string, string>,
    now: Date,
    errors: RunError[],
  ): Promise<{
    writes: EntityEvaluationWrite[];
    skipped: SkippedEvaluation[];
  }> {
    const modelId = compiled.model.id;
    const { digests, unchanged } = await this.unchangedInputs(
      compiled,
      serialized,
      now,
    );
    const skipped: SkippedEvaluation[] = [];
    const evaluated: Array<{
      ref: string;
      info: EvaluatedEntityInfo;
      evaluation: EntityEvaluation;
      keep: string[];
    }> = [];
    const options = { now, baselineDate: this.options.baselineDate };
    for (const [ref, entityEvidence] of evidence) {
      if (unchanged.has(ref)) {
        skipped.push({ modelId, entityRef: ref, digest: digests.get(ref)! });
        continue;
      }
      try {
        const evaluation = evaluateEntity(compiled, entityEvidence, options);
        const keep = checksToKeep(evaluation.checks, entityEvidence);
        const info = entityInfoOf(entityEvidence.entity);
        evaluated.push({ ref, info, evaluation, keep });
      } catch (error) {
        errors.push({ entityRef: ref, message: `evaluation failed: ${error}` });
      }
    }
    const stored = await this.options.store.getCheckResults(
      modelId,
      evaluated.filter(e => e.keep.length > 0).map(e => e.ref),
    );
    const writes = evaluated.map(({ ref, info, evaluation, keep }) => {
      const previous = stored.get(ref) ?? [];
      const result = keep.length
        ? keepStoredResults(compiled, evaluation, keep, previous)
        : evaluation;
      const entityEvidence = evidence.get(ref)!;
      const write = toEvaluationWrite({
        modelId,
        compiled,
        entity: info,
        evaluation: result,
        keepStoredResultsFor: keep,
      });
      const wanted = new Set(keep);
      write.evidenceOutages = evidenceOutagesOf(
        entityEvidence,
        evaluation.checks,
        new Set(previous.map(c => c.checkId).filter(id => wanted.has(id))),
      );
      if (!entityEvidence.unavailableSources?.length) {
        write.indicatorSamples = computeIndicatorSamples(
          compiled,
          entityEvidence,
          result,
          { now, baselineDate: this.options.baselineDate },
        );
      }
      const digest = digests.get(ref);
      if (digest !== undefined)
        write.inputs = { digest, validUntil: evaluation.validUntil };
      return write;
    });
    return { writes, skipped };
  }
}

/** A page's evaluations, ready to be written. */
interface PreparedBatch {
  writes: EntityEvaluationWrite[];
  /** Entities not evaluated: their stored evaluation still holds. */
  skipped: SkippedEvaluation[];
  /** When the evidence was read. */
  now: Date;
}

/**
 * Whether a stored evaluation holds for inputs with this digest at `now`:
 * same inputs, and no time comparison of it could have changed since.
 */
function holds(
  stored: StoredEvaluationInputs | undefined,
  digest: string,
  now: Date,
): boolean {
  return (
    stored?.digest === digest &&
    stored.validUntil !== undefined &&
    stored.validUntil > now.getTime()
  );
}
