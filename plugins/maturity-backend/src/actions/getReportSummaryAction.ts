import type {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotAllowedError } from '@backstage/errors';
import type { ModelRegistry } from '../model/ModelRegistry';
import { readScopeKind } from '../reports/readReportScope';
import type { ReportGenerator } from '../reports/ReportGenerator';
import { modelParam, parseEntityRefParam } from '../service/requestParsing';
import { domainsParam } from '../service/routes/reports';
import { reportSummary } from './reportSummary';
import { requireScorecardRead } from './requireScorecardRead';

/** Gaps listed when the caller gives no limit. */
const DEFAULT_GAP_LIMIT = 10;

/**
 * `maturity:get-report-summary`: the summary of the report
 * `GET /reports/{kind}/{ns}/{name}` generates now for a system (with its
 * parts) or a group (with its nested teams).
 */
export function registerGetReportSummaryAction(
  actionsRegistry: ActionsRegistryService,
  deps: {
    permissions: PermissionsService;
    auth: AuthService;
    models: ModelRegistry;
    reports: Pick<ReportGenerator, 'generate'>;
    /** The current time (tests); the clock by default. */
    now?: () => Date;
  },
): void {
  const { permissions, auth, models, reports } = deps;
  const now = deps.now ?? (() => new Date());

  /** Who asks: the report's `generatedBy`. */
  const callerOf = (credentials: BackstageCredentials): string => {
    if (auth.isPrincipal(credentials, 'user')) {
      return credentials.principal.userEntityRef;
    }
    if (auth.isPrincipal(credentials, 'service')) {
      return credentials.principal.subject;
    }
    throw new NotAllowedError('Only a user or a service may do this');
  };

  actionsRegistry.register({
    name: 'get-report-summary',
    title: 'Get maturity report summary',
    description:
      "Summarises the maturity report of a project (a system with the components, APIs and resources that are part of it) or of a team (a group with its nested groups): the weakest-link level and score per domain, how many entities and check results it covers, and the top gaps to each domain's next level (weakest domains first, then the checks most entities fail).",
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          scopeRef: z
            .string()
            .describe(
              'A system or group ref, e.g. system:default/online-payment-platform or group:default/payments-team',
            ),
          model: z
            .string()
            .optional()
            .describe('Model id; the default model when absent'),
          domains: z
            .array(z.string())
            .optional()
            .describe('Domain ids to report on; every domain when absent'),
          gapLimit: z
            .number()
            .int()
            .min(0)
            .max(50)
            .optional()
            .describe(
              `How many gaps to list; ${DEFAULT_GAP_LIMIT} when absent`,
            ),
        }),
      output: z => {
        const checks = z.object({
          passed: z.number(),
          failed: z.number(),
          unknown: z.number(),
          waived: z.number(),
          error: z.number(),
        });
        return z.object({
          scope: z.object({
            kind: z.enum(['system', 'group']),
            entityRef: z.string(),
            title: z.string().optional(),
            entityCount: z.number(),
          }),
          model: z.object({
            id: z.string(),
            title: z.string(),
            version: z.string(),
          }),
          generatedAt: z.string(),
          level: z.number().nullable(),
          score: z.number(),
          counts: z.object({
            entities: z.number(),
            evaluated: z.number(),
            notEvaluated: z.number(),
            checks,
          }),
          domains: z.array(
            z.object({
              domainId: z.string(),
              title: z.string(),
              level: z.number().nullable(),
              score: z.number(),
              entityCount: z.number(),
              weakestEntityRefs: z.array(z.string()),
              checks,
            }),
          ),
          topGaps: z.array(
            z.object({
              domainId: z.string(),
              domainTitle: z.string(),
              level: z.number(),
              targetLevel: z.number(),
              checkId: z.string(),
              title: z.string(),
              entityCount: z.number(),
              entityRefs: z.array(z.string()),
            }),
          ),
        });
      },
    },
    action: async ({ input, credentials }) => {
      await requireScorecardRead(permissions, credentials);
      const scopeRef = parseEntityRefParam(input.scopeRef, 'scopeRef');
      const kind = readScopeKind(scopeRef.split(':')[0], 'scopeRef kind');
      const compiled = modelParam(models, input.model);
      const domains =
        input.domains === undefined
          ? undefined
          : domainsParam(compiled, input.domains);
      const { model: textModel, language } = models.inLanguage(
        compiled.model.id,
        [],
      );
      const report = await reports.generate({
        kind,
        entityRef: scopeRef,
        compiled,
        textModel,
        language,
        domains,
        generatedBy: callerOf(credentials),
        now: now(),
      });
      return {
        output: reportSummary(report, input.gapLimit ?? DEFAULT_GAP_LIMIT),
      };
    },
  });
}
