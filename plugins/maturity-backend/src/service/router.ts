import type {
  AuthService,
  BackstageCredentials,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { EventsService } from '@backstage/plugin-events-node';
import {
  CompiledModel,
  describePredicate,
  Campaign,
  maturityAdminPermission,
  maturityAttestationCreatePermission,
  maturityCampaignManagePermission,
  maturityReportCreatePermission,
  maturityScorecardReadPermission,
  maturityWaiverManagePermission,
  MaturityModel,
  ModelSummary,
} from '@devops-maturity/plugin-maturity-common';
import express from 'express';
import type { ModelRegistry } from '../model/ModelRegistry';
import type { EvaluationRunner } from '../evaluation/EvaluationRunner';
import type { MaturityStore } from '../store/MaturityStore';
import { spec } from '../schema/openapi.generated';
import { computeGate } from './computeGate';
import { dryRunEvaluation } from './dryRunEvaluation';
import { readCatalogRelations } from './readCatalogRelations';
import {
  readScorecardResults,
  readStoredScorecard,
} from './readStoredScorecard';
import { rejectNulCharacters } from './rejectNulCharacters';
import { authenticateRequests } from './errors/authenticateRequests';
import { createFailureHandler } from './errors/failureResponses';
import { ReportGenerator } from '../reports/ReportGenerator';
import { readProjectScorecard } from '../reports/projectScorecard';
import { registerReportRoutes } from './routes/reports';
import { registerIndicatorRoutes } from './routes/indicators';
import { registerCampaignRoutes } from './routes/campaigns';
import { registerCampaignProgressRoutes } from './routes/campaignProgress';
import { CampaignService } from '../campaigns/CampaignService';
import {
  entitiesAffectedBy,
  isTeamAttestation,
  registerAttestationRevokeRoute,
} from './routes/attestationRevoke';
import { ReevaluationQueue } from '../evaluation/ReevaluationQueue';
import { pushedFactsBodyParser } from '../pushedFacts/pushedFactsBodyParser';
import { PushedFactsService } from '../pushedFacts/PushedFactsService';
import { readPushedFactsConfig } from '../pushedFacts/readPushedFactsConfig';
import { registerPushedFactsRoutes } from './routes/pushedFacts';
import { registerRunRoutes, RunRoutesOptions } from './routes/runs';
import { registerStaleEvidenceRoutes } from './routes/staleEvidence';
import { ConfigReader } from '@backstage/config';
import { requestedLanguages } from './requestLanguages';
import { modelText } from './modelText';
import {
  dateParam,
  domainParam,
  entityRefFromPath,
  integerParam,
  modelParam,
  parseEntityRefParam,
  parseGroupRefParam,
} from './requestParsing';

/** Everything the router needs, injected by the plugin. */
export interface RouterOptions {
  logger: LoggerService;
  httpAuth: HttpAuthService;
  auth: AuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  store: MaturityStore;
  models: ModelRegistry;
  runner: EvaluationRunner;
  /** The kinds evaluated (app-config `maturity.kinds`). */
  kinds: string[];
  /** The deployment's baseline date (app-config `maturity.baselineDate`), used by the dry run. */
  baselineDate?: string;
  /** Starts a full evaluation run (the scheduled task) now. */
  triggerFullRun(): Promise<void>;
  /** The full runs under the run lease (409 while alive, takeover after a crash). */
  fullRuns?: RunRoutesOptions['fullRuns'];
  /**
   * When this instance ends its start-up delay and can run the first
   * evaluation; before it, `POST /runs` answers that the run is queued.
   */
  firstRunAt?: Date;
  /**
   * Background re-evaluation after team attestations change; by default one
   * over `runner.refreshEntities`.
   */
  reevaluation?: ReevaluationQueue;
  /** Campaigns declared in app-config (`maturity.campaigns`), read-only. */
  configCampaigns?: Campaign[];
  /** Where campaign writes publish `maturity.campaign.*` events. */
  events?: EventsService;
  /**
   * Accepts `POST /facts`; by default one without declared sources (every
   * push is refused) over `reevaluation`.
   */
  pushedFacts?: PushedFactsService;
  /**
   * Whether the plugin's database answers now; lets a token that could not be
   * verified answer 503 rather than 401 while the signing keys are unreachable.
   */
  isDatabaseReachable?: () => Promise<boolean>;
}

/** The only paths served without credentials (the router checks them itself). */
const PUBLIC_PATHS = ['/health'];

const DAY_MS = 24 * 3600 * 1000;

/** The `GET /models` item of a model (in one language). */
function summaryOf(
  model: MaturityModel,
  language: string,
  languages: { defaultLanguage: string; languages: ReadonlyArray<string> },
): ModelSummary {
  return {
    id: model.id,
    title: model.title,
    version: model.version,
    description: model.description,
    language,
    defaultLanguage: languages.defaultLanguage,
    languages: [...languages.languages],
    levels: model.levels,
    domains: model.domains.map(d => ({
      id: d.id,
      title: d.title,
      part: d.part,
      description: d.description,
      capabilityCount: d.capabilities.length,
      checkCount: d.capabilities.reduce((n, c) => n + c.checks.length, 0),
    })),
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The maturity HTTP API (src/schema/openapi.yaml), validated against its spec. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, auth, permissions, catalog, store, models, runner } =
    options;
  const reevaluation =
    options.reevaluation ??
    new ReevaluationQueue({
      logger: options.logger,
      evaluate: refs => runner.refreshEntities(refs),
    });
  const pushedFacts =
    options.pushedFacts ??
    new PushedFactsService({
      config: readPushedFactsConfig(new ConfigReader({})),
      store,
      catalog,
      auth,
      permissions,
      reevaluate: refs => reevaluation.enqueue(refs),
    });

  // Requests are validated against the spec; handler types are hand-written
  // (the typed generator needs a Java jar that cannot be fetched here).
  // POST /facts has its own body limit (maturity.pushedFacts.maxBodyKb).
  const router = createValidatedOpenApiRouter(spec as any, {
    middleware: [
      pushedFactsBodyParser(pushedFacts.config.maxBodyBytes),
      express.json({ limit: '256kb' }),
      rejectNulCharacters,
    ],
  }) as unknown as express.Router;

  const credentialsOf = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  async function authorize(
    credentials: BackstageCredentials,
    permission: BasicPermission | ResourcePermission,
    resourceRef?: string,
  ) {
    const [decision] = await permissions.authorize(
      [
        resourceRef
          ? { permission: permission as ResourcePermission, resourceRef }
          : { permission: permission as BasicPermission },
      ],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed: ${permission.name}${
          resourceRef ? ` on ${resourceRef}` : ''
        }`,
      );
    }
  }

  /** Who made a request: the user entity ref, else the service's subject. */
  function actorOf(credentials: BackstageCredentials): string {
    if (auth.isPrincipal(credentials, 'user')) {
      return credentials.principal.userEntityRef;
    }
    if (auth.isPrincipal(credentials, 'service')) {
      return credentials.principal.subject;
    }
    throw new NotAllowedError('Only a user or a service may do this');
  }

  async function readAccess(req: express.Request) {
    const credentials = await credentialsOf(req);
    await authorize(credentials, maturityScorecardReadPermission);
    return credentials;
  }

  const reportGenerator = ReportGenerator.create({ store, catalog, auth });

  const evaluatedKinds = new Set(
    options.kinds.map(k => k.toLocaleLowerCase('en-US')),
  );

  /** 400 for an entity of a kind the runner never evaluates (a user, a location). */
  function requireEvaluatedKind(entityRef: string) {
    const { kind } = parseEntityRef(entityRef);
    if (!evaluatedKinds.has(kind.toLocaleLowerCase('en-US'))) {
      throw new InputError(
        `kind '${kind}' is not evaluated; maturity.kinds is ${options.kinds.join(
          ', ',
        )}`,
      );
    }
  }

  async function catalogEntity(entityRef: string): Promise<Entity> {
    const entity = await catalog.getEntityByRef(entityRef, {
      credentials: await auth.getOwnServiceCredentials(),
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    return entity;
  }

  const storedScorecard = (
    req: express.Request,
    res: express.Response,
    compiled: CompiledModel,
    entityRef: string,
  ) =>
    readStoredScorecard(
      store,
      compiled,
      entityRef,
      modelText(models, req, res, compiled.model.id),
    );

  /** Re-evaluates an entity; `entity` when the route already read it from the catalog. */
  async function reevaluate(entityRef: string, entity?: Entity) {
    const summary = await runner.refreshEntity(
      entity ?? (await catalogEntity(entityRef)),
    );
    if (summary.errors.length) {
      options.logger.warn(
        `Re-evaluation of ${entityRef}: ${summary.errors
          .map(e => e.message)
          .join('; ')}`,
      );
    }
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/models', async (req, res) => {
    await readAccess(req);
    const requested = requestedLanguages(req);
    const served = new Set<string>();
    const items: ModelSummary[] = models.ids().map(id => {
      const { model, language } = models.inLanguage(id, requested);
      served.add(language);
      return summaryOf(model, language, models.languagesOf(id));
    });
    res.setHeader('Content-Language', [...served].join(', '));
    res.vary('Accept-Language');
    res.json({ defaultModelId: models.get().model.id, items });
  });

  router.get('/models/:modelId', async (req, res) => {
    await readAccess(req);
    const { model } = models.get(req.params.modelId);
    res.json(modelText(models, req, res, model.id));
  });

  router.get('/entities', async (req, res) => {
    await readAccess(req);
    const compiled = modelParam(models, req.query.model);
    const minLevel = integerParam(req.query.minLevel, 'minLevel', 0, 5);
    const maxLevel = integerParam(req.query.maxLevel, 'maxLevel', 0, 5);
    if (
      minLevel !== undefined &&
      maxLevel !== undefined &&
      minLevel > maxLevel
    ) {
      throw new InputError(
        `minLevel ${minLevel} is above maxLevel ${maxLevel}`,
      );
    }
    const unowned = req.query.unowned === 'true';
    if (unowned && req.query.group !== undefined) {
      throw new InputError('unowned=true and group exclude each other');
    }
    const page = await store.listEntities({
      modelId: compiled.model.id,
      groupRef:
        req.query.group === undefined
          ? undefined
          : parseGroupRefParam(req.query.group),
      unowned,
      domainId: domainParam(compiled, req.query.domain),
      minLevel,
      maxLevel,
      kind: req.query.kind as string | undefined,
      lifecycle: req.query.lifecycle as string | undefined,
      cursor: req.query.cursor as string | undefined,
      limit: integerParam(req.query.limit, 'limit', 1, 1000) ?? 100,
    });
    res.json(page);
  });

  router.get('/entities/:kind/:namespace/:name/scorecard', async (req, res) => {
    await readAccess(req);
    const compiled = modelParam(models, req.query.model);
    const entityRef = entityRefFromPath(req.params);
    if (req.query.include === 'parts') {
      res.json(
        await readProjectScorecard(reportGenerator, {
          readScorecard: () => storedScorecard(req, res, compiled, entityRef),
          entityRef,
          compiled,
          actor: actorOf(await credentialsOf(req)),
        }),
      );
      return;
    }
    res.json(
      req.query.view === 'results'
        ? await readScorecardResults(store, compiled, entityRef)
        : await storedScorecard(req, res, compiled, entityRef),
    );
  });

  router.post('/entities/:kind/:namespace/:name/refresh', async (req, res) => {
    const credentials = await credentialsOf(req);
    await authorize(credentials, maturityAdminPermission);
    const compiled = modelParam(models, req.query.model);
    const entityRef = entityRefFromPath(req.params);
    requireEvaluatedKind(entityRef);
    await reevaluate(entityRef);
    res.json(await storedScorecard(req, res, compiled, entityRef));
  });

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    await readAccess(req);
    const compiled = modelParam(models, req.query.model);
    const from = dateParam(req.query.from, 'from');
    const to = dateParam(req.query.to, 'to');
    if (from && to && from > to) {
      throw new InputError('from is after to');
    }
    const items = await store.getHistory({
      entityRef: entityRefFromPath(req.params),
      modelId: compiled.model.id,
      domainId: domainParam(compiled, req.query.domain),
      from,
      to,
    });
    res.json({ items });
  });

  router.get('/groups/:namespace/:name/rollup', async (req, res) => {
    await readAccess(req);
    const compiled = modelParam(models, req.query.model);
    const groupRef = parseGroupRefParam(
      `group:${req.params.namespace}/${req.params.name}`,
    );
    const rollup = await store.getGroupRollup({
      modelId: compiled.model.id,
      groupRef,
      weakestLimit: integerParam(req.query.weakest, 'weakest', 0, 100) ?? 10,
    });
    if (!rollup) {
      throw new NotFoundError(
        `No group ${groupRef} known to the maturity backend`,
      );
    }
    res.json(rollup);
  });

  router.get('/rollups', async (req, res) => {
    await readAccess(req);
    const compiled = modelParam(models, req.query.model);
    const [rows, unowned] = await Promise.all([
      store.getOrgRollup(compiled.model.id),
      store.getUnownedRollup(compiled.model.id),
    ]);
    res.json({ modelId: compiled.model.id, rows, unowned });
  });

  router.get('/rollups/trend', async (req, res) => {
    await readAccess(req);
    const compiled = modelParam(models, req.query.model);
    const to = dateParam(req.query.to, 'to') ?? new Date();
    const from =
      dateParam(req.query.from, 'from') ?? new Date(to.getTime() - 90 * DAY_MS);
    if (from > to) {
      throw new InputError('from is after to');
    }
    const items = await store.getRollupTrend({
      modelId: compiled.model.id,
      groupRef:
        req.query.group === undefined
          ? undefined
          : parseGroupRefParam(req.query.group),
      domainId: domainParam(compiled, req.query.domain) ?? null,
      from,
      to,
    });
    res.json({ items });
  });

  registerIndicatorRoutes(router, { store, models, readAccess });
  registerStaleEvidenceRoutes(router, { store, models, readAccess });

  const campaigns = new CampaignService({
    store,
    models,
    configCampaigns: options.configCampaigns,
    events: options.events,
    logger: options.logger,
  });
  registerCampaignRoutes(router, {
    campaigns,
    readAccess,
    manageAccess: async req => {
      const credentials = await credentialsOf(req);
      await authorize(credentials, maturityCampaignManagePermission);
      return actorOf(credentials);
    },
  });
  registerCampaignProgressRoutes(router, { campaigns, readAccess });

  router.get('/attestations', async (req, res) => {
    await readAccess(req);
    const entityRef = parseEntityRefParam(req.query.entityRef);
    const [items, audit] = await Promise.all([
      store.listAttestations(entityRef),
      store.listAudit(entityRef),
    ]);
    res.json({ items, audit });
  });

  router.post('/attestations', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body = req.body as {
      entityRef: string;
      checkId: string;
      evidenceUrl: string;
      comment?: string;
      expiresAt?: string;
      model?: string;
    };
    const entityRef = parseEntityRefParam(body.entityRef);
    const compiled = modelParam(models, body.model);
    const compiledCheck = compiled.getCheck(body.checkId);
    if (!compiledCheck) {
      throw new InputError(
        `Unknown check '${body.checkId}' in model '${compiled.model.id}'`,
      );
    }
    const { check } = compiledCheck;
    if (!check.attestation) {
      throw new InputError(
        `Check '${check.id}' is automated and cannot be attested; waive it instead`,
      );
    }
    const evidenceUrl = body.evidenceUrl.trim();
    if (!evidenceUrl) {
      throw new InputError('evidenceUrl must not be blank');
    }
    if (!isHttpUrl(evidenceUrl)) {
      throw new InputError(
        `evidenceUrl must be an http(s) URL, got '${evidenceUrl}'`,
      );
    }
    const now = new Date();
    const maxExpiry = new Date(
      now.getTime() + check.attestation.validForDays * DAY_MS,
    );
    const expiresAt = dateParam(body.expiresAt, 'expiresAt') ?? maxExpiry;
    if (expiresAt <= now || expiresAt > maxExpiry) {
      throw new InputError(
        `expiresAt must be in the future and at most ${check.attestation.validForDays} days away`,
      );
    }
    requireEvaluatedKind(entityRef);
    const entity = await catalogEntity(entityRef);
    // A team-scoped practice is attested on any group (a department too) and
    // holds for what the group and its sub-groups own.
    const teamAttestation =
      check.attestation.scope === 'team' &&
      entity.kind.toLocaleLowerCase('en-US') === 'group';
    if (!teamAttestation && !compiledCheck.appliesTo(entity)) {
      throw new InputError(
        `check '${check.id}' does not apply to ${entityRef}: ${
          check.appliesTo
            ? `it applies only to entities with ${describePredicate(
                check.appliesTo,
              )}`
            : 'its appliesTo does not match this entity'
        }`,
      );
    }
    await authorize(
      credentials,
      maturityAttestationCreatePermission,
      entityRef,
    );
    const record = await store.createAttestation(
      {
        entityRef,
        checkId: check.id,
        evidenceUrl,
        comment: body.comment,
        author: credentials.principal.userEntityRef,
        expiresAt: expiresAt.toISOString(),
      },
      now,
    );
    if (isTeamAttestation(models, entityRef, check.id)) {
      // every entity the group (or a nested group) owns, in the background
      const affected = await entitiesAffectedBy(
        { store, models },
        entityRef,
        check.id,
      );
      res
        .status(201)
        .json({ ...record, reevaluating: reevaluation.enqueue(affected) });
      return;
    }
    await reevaluate(entityRef, entity);
    res.status(201).json({ ...record, reevaluating: 0 });
  });

  registerAttestationRevokeRoute(router, {
    httpAuth,
    permissions,
    store,
    models,
    reevaluation,
  });

  router.get('/waivers', async (req, res) => {
    await readAccess(req);
    res.json({
      items: await store.listWaivers(parseEntityRefParam(req.query.entityRef)),
    });
  });

  router.post('/waivers', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body = req.body as {
      entityRef: string;
      checkId: string;
      reason: string;
      expiresAt?: string;
      model?: string;
    };
    const entityRef = parseEntityRefParam(body.entityRef);
    const compiled = modelParam(models, body.model);
    if (!compiled.getCheck(body.checkId)) {
      throw new InputError(
        `Unknown check '${body.checkId}' in model '${compiled.model.id}'`,
      );
    }
    const reason = body.reason.trim();
    if (!reason) {
      throw new InputError('reason must not be blank');
    }
    const now = new Date();
    const expiresAt = dateParam(body.expiresAt, 'expiresAt');
    if (expiresAt && expiresAt <= now) {
      throw new InputError('expiresAt must be in the future');
    }
    requireEvaluatedKind(entityRef);
    const entity = await catalogEntity(entityRef);
    await authorize(credentials, maturityWaiverManagePermission, entityRef);
    const record = await store.createWaiver(
      {
        entityRef,
        checkId: body.checkId,
        reason,
        author: credentials.principal.userEntityRef,
        expiresAt: expiresAt?.toISOString(),
      },
      now,
    );
    await reevaluate(entityRef, entity);
    res.status(201).json(record);
  });

  router.delete('/waivers/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const waiver = await store.getWaiver(req.params.id);
    if (!waiver) {
      throw new NotFoundError(`No waiver ${req.params.id}`);
    }
    await authorize(
      credentials,
      maturityWaiverManagePermission,
      waiver.entityRef,
    );
    if (waiver.revokedAt) {
      throw new InputError(
        `Waiver ${waiver.id} was already revoked at ${waiver.revokedAt}`,
      );
    }
    const revoked = await store.revokeWaiver(
      waiver.id,
      credentials.principal.userEntityRef,
      req.query.reason as string | undefined,
      new Date(),
    );
    await reevaluate(waiver.entityRef);
    res.json(revoked);
  });

  router.get('/gate', async (req, res) => {
    await readAccess(req);
    const compiled = modelParam(models, req.query.model);
    const entityRef = parseEntityRefParam(req.query.entityRef);
    const required = integerParam(req.query.minLevel, 'minLevel', 1, 5)!;
    const domainId = domainParam(compiled, req.query.domain);
    res.json(
      computeGate(
        await storedScorecard(req, res, compiled, entityRef),
        required,
        domainId,
      ),
    );
  });

  router.post('/evaluate', async (req, res) => {
    await readAccess(req);
    const compiled = modelParam(models, req.body.model);
    res.json(
      await dryRunEvaluation({
        compiled,
        entity: req.body.entity,
        facts: req.body.facts,
        now: new Date(),
        baselineDate: options.baselineDate,
        textModel: modelText(models, req, res, compiled.model.id),
        // the runner's credentials: the dry run sees the catalog it sees
        readRelations: async entity =>
          readCatalogRelations({
            entity,
            catalog,
            credentials: await auth.getOwnServiceCredentials(),
          }),
      }),
    );
  });

  registerRunRoutes(router, {
    store,
    readAccess,
    adminActor: async req => {
      const credentials = await credentialsOf(req);
      await authorize(credentials, maturityAdminPermission);
      return actorOf(credentials);
    },
    triggerFullRun: options.triggerFullRun,
    fullRuns: options.fullRuns,
    firstRunAt: options.firstRunAt,
  });

  registerPushedFactsRoutes(router, { httpAuth, pushedFacts });

  registerReportRoutes(router, {
    generator: reportGenerator,
    store,
    models,
    readAccess: async req => actorOf(await readAccess(req)),
    createAccess: async req => {
      const credentials = await credentialsOf(req);
      await authorize(credentials, maturityReportCreatePermission);
      return actorOf(credentials);
    },
  });

  // Unknown paths get an error body, not the root router's empty 404; the
  // framework's own paths (/.backstage, /.well-known) are left alone.
  router.use((req, _res, next) =>
    next(
      /^\/\.(backstage|well-known)\//.test(req.path)
        ? undefined
        : new NotFoundError(`No such endpoint: ${req.method} ${req.path}`),
    ),
  );

  // Authentication runs here rather than in Backstage's credentials barrier
  // (or the OpenAPI router's middleware, which turns every error into a 400),
  // so that its failures reach the failure handler: database and upstream
  // failures answer 503 with a log id, never SQL or stacks; other errors go
  // on to Backstage's error handler.
  const root = express.Router();
  root.use(authenticateRequests(httpAuth, PUBLIC_PATHS));
  root.use(router);
  root.use(
    createFailureHandler({
      logger: options.logger,
      isDatabaseReachable: options.isDatabaseReachable,
    }),
  );
  return root;
}
