import type { AuthService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AttestationEvidence,
  buildReport,
  CompiledModel,
  MaturityModel,
  MaturityReport,
  ReportScopeKind,
  ScorecardResults,
} from '@devops-maturity/plugin-maturity-common';
import { scorecardResultsOf } from '../service/readStoredScorecard';
import type { MaturityStore } from '../store/MaturityStore';
import { readReportScope } from './readReportScope';

/** What {@link ReportGenerator.generate} needs to know. */
export interface GenerateReportRequest {
  kind: ReportScopeKind;
  entityRef: string;
  compiled: CompiledModel;
  /** The model with its texts in the report's language. */
  textModel: MaturityModel;
  language: string;
  domains?: string[];
  generatedBy: string;
  now: Date;
}

/**
 * Gathers a report's input — the scope's entities from the catalog, their
 * stored scorecards, the attestations and waivers in force and their level
 * history — and builds the report document.
 */
export class ReportGenerator {
  private constructor(
    private readonly options: {
      store: MaturityStore;
      catalog: CatalogService;
      auth: AuthService;
    },
  ) {}

  static create(options: {
    store: MaturityStore;
    catalog: CatalogService;
    auth: AuthService;
  }): ReportGenerator {
    return new ReportGenerator(options);
  }

  async generate(request: GenerateReportRequest): Promise<MaturityReport> {
    const { store } = this.options;
    const { compiled, now } = request;
    const modelId = compiled.model.id;
    const scope = await readReportScope({
      ...this.options,
      kind: request.kind,
      entityRef: request.entityRef,
    });
    const refs = scope.entities.map(e => e.entityRef);

    const results = new Map<string, ScorecardResults>();
    for (const [ref, stored] of await store.readScorecardsOf(modelId, refs)) {
      results.set(ref, scorecardResultsOf(compiled.model, ref, stored));
    }

    const teamCheckIds = compiled.model.domains.flatMap(d =>
      d.capabilities.flatMap(c =>
        c.checks
          .filter(check => check.attestation?.scope === 'team')
          .map(check => check.id),
      ),
    );
    const ownerRefs = [
      ...new Set(
        [...results.values()].flatMap(r => (r.ownerRef ? [r.ownerRef] : [])),
      ),
    ];
    const [own, team, waivers, history] = await Promise.all([
      store.getActiveAttestations(refs, now),
      teamCheckIds.length && ownerRefs.length
        ? store.getTeamAttestations(ownerRefs, teamCheckIds, now)
        : Promise.resolve(
            new Map<string, Record<string, AttestationEvidence[]>>(),
          ),
      store.getActiveWaivers(refs, now),
      store.readHistoryOf({ modelId, entityRefs: refs, to: now }),
    ]);
    // an entity's own attestation first, else the nearest team's
    const attestations = new Map(own);
    for (const [ref, result] of results) {
      const inherited = result.ownerRef ? team.get(result.ownerRef) : undefined;
      if (!inherited) continue;
      const merged = { ...attestations.get(ref) };
      for (const [checkId, list] of Object.entries(inherited)) {
        if (!merged[checkId] && list.length) merged[checkId] = list[0];
      }
      attestations.set(ref, merged);
    }

    return buildReport({
      scope: {
        kind: scope.kind,
        entityRef: scope.entityRef,
        ...(scope.title ? { title: scope.title } : {}),
      },
      model: request.textModel,
      language: request.language,
      generatedAt: now,
      generatedBy: request.generatedBy,
      domains: request.domains,
      entities: scope.entities.map(entity => ({
        ...entity,
        results: results.get(entity.entityRef),
      })),
      attestations,
      waivers,
      history,
    });
  }
}
