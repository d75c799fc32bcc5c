import { evaluateEntity } from '@devops-maturity/plugin-maturity-common';
import { CliError, ExitCode, ExitCodeValue } from '../lib/errors';
import { normaliseEntityRef } from '../lib/entityRef';
import { offlineEvidence } from '../lib/evidence';
import { computeGate, GateResult } from '../lib/gate';
import { requestGate } from '../lib/gateClient';
import type { CliIo } from '../lib/io';
import { noteLanguageFallback } from '../lib/languageNote';
import { ENGLISH, Messages, messagesFor } from '../lib/messages';
import { assertDomain, loadModel, modelIdForBackend } from '../lib/models';
import { STATUS_MARK } from '../report/symbols';
import { whyNothingToEvaluate } from '../lib/inputWarnings';
import { readCatalogInput, readFactsOrFail, reportProblems } from './evaluate';

/** The environment variable read for the backend token when `--token-env` is not given. */
export const DEFAULT_TOKEN_ENV = 'BACKSTAGE_TOKEN';

/** Options of `maturity gate`. */
export interface GateOptions {
  entity?: string;
  minLevel: number;
  domain?: string;
  model?: string;
  url?: string;
  tokenEnv: string;
  /** Whether `--token-env` was given explicitly (then the variable must be set). */
  tokenEnvExplicit: boolean;
  offline?: string;
  facts: string[];
  /** The baseline date of an offline evaluation (`--baseline-date`); the backend uses its own config. */
  baselineDate?: string;
  format: 'text' | 'json';
  timeoutSeconds: number;
  /** The language of the text output and, offline, of the check titles (`--lang`). */
  lang?: string;
  /** With `--offline`: the repository root its targets must stay in (`--root`). */
  root?: string;
}

/**
 * Formats a gate result for people: verdict, then the blocking checks, in the
 * words of `messages` (English by default).
 */
export function formatGate(
  result: GateResult,
  offline: boolean,
  messages: Messages = ENGLISH,
): string {
  const m = messages;
  const scope = result.domainId
    ? m.text('gate.domainLevel', { domain: result.domainId })
    : m.text('gate.overallLevel');
  const context = m.text(offline ? 'gate.contextOffline' : 'gate.context', {
    model: result.modelId,
  });
  const params = {
    entity: result.entityRef,
    scope,
    level: result.level ?? '',
    required: result.required,
    context,
  };
  const lines: string[] = [];
  if (result.pass) {
    lines.push(m.text('gate.pass', params));
  } else if (result.level === null) {
    lines.push(
      result.domainId
        ? m.text('gate.failNothingAppliesInDomain', {
            ...params,
            domain: result.domainId,
          })
        : m.text('gate.failNothingApplies', params),
    );
  } else {
    lines.push(m.text('gate.failBelow', params));
  }
  if (!result.pass && result.blocking.length > 0) {
    lines.push(m.count('gate.blocking', result.blocking.length));
    // lowest level first: what to fix first; stable, so model order within a level
    const blocking = [...result.blocking].sort((a, b) => a.level - b.level);
    for (const check of blocking) {
      lines.push(
        `  ${m.text('gate.check', {
          mark: STATUS_MARK[check.status] ?? '·',
          id: check.checkId,
          domain: check.domainId,
          level: check.level,
          // a status this CLI does not know (from a newer backend) as it is
          status: m.lookup(`status.${check.status}`) ?? check.status,
          title: check.title,
          message: check.message.replace(/\s+/g, ' '),
        })}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function offlineGate(
  options: GateOptions,
  file: string,
  io: CliIo,
): Promise<GateResult> {
  const { compiled, model, report, language } = loadModel(
    options.model,
    options.lang,
  );
  assertDomain(model, options.domain);
  noteLanguageFallback(io, model.id, options.lang, language);
  const now = new Date();
  const catalog = await readCatalogInput([file], options.root, io);
  const { entities, problems } = catalog;
  const facts = readFactsOrFail(options.facts, now, model, catalog);
  reportProblems(problems, io, file);

  let item;
  if (options.entity) {
    const ref = normaliseEntityRef(options.entity);
    item = entities.find(e => e.entityRef === ref);
    if (!item) {
      const known = entities.map(e => e.entityRef);
      throw new CliError(
        `unknown entity ${ref}: not a valid entity of ${file}${
          known.length ? ` (it has ${known.join(', ')})` : ''
        }`,
      );
    }
  } else if (entities.length === 1) {
    item = entities[0];
  } else if (entities.length === 0) {
    throw new CliError(`${file}: ${whyNothingToEvaluate(catalog)}`);
  } else {
    throw new CliError(
      `${file} has ${entities.length} valid entities; choose one with --entity${
        entities.length ? ` (${entities.map(e => e.entityRef).join(', ')})` : ''
      }`,
    );
  }
  const evaluation = evaluateEntity(
    compiled,
    offlineEvidence(item, facts.get(item.entityRef)),
    { now, baselineDate: options.baselineDate },
  );
  // The check titles of the blocking checks come from the model in --lang.
  return computeGate({
    compiled: report,
    entityRef: item.entityRef,
    evaluation,
    domainId: options.domain,
    required: options.minLevel,
    evaluatedAt: now.toISOString(),
  });
}

async function onlineGate(
  options: GateOptions,
  url: string,
  io: CliIo,
): Promise<GateResult> {
  if (!options.entity) throw new CliError('--entity is required with --url');
  const token = io.env[options.tokenEnv];
  if (options.tokenEnvExplicit && !token) {
    throw new CliError(
      `--token-env ${options.tokenEnv}: the environment variable is not set or empty`,
    );
  }
  return requestGate({
    baseUrl: url,
    entityRef: normaliseEntityRef(options.entity),
    minLevel: options.minLevel,
    modelId: modelIdForBackend(options.model),
    domainId: options.domain,
    lang: options.lang,
    token: token || undefined,
    tokenSource: `$${options.tokenEnv}`,
    timeoutMs: options.timeoutSeconds * 1000,
  });
}

/**
 * `maturity gate`: whether an entity meets a level, asked of the running
 * backend (`--url`) or computed locally (`--offline`). Exit 0 when met, 1 when
 * not (with the blocking checks), 2 when it cannot be decided.
 */
export async function gate(
  options: GateOptions,
  io: CliIo,
): Promise<ExitCodeValue> {
  if (options.offline === undefined && options.url === undefined) {
    throw new CliError(
      'give --url <backend base URL> to ask the backend, or --offline <catalog-info.yaml>',
    );
  }
  if (options.facts.length > 0 && options.offline === undefined) {
    throw new CliError(
      '--facts applies only to --offline; the backend reads facts itself',
    );
  }
  const offline = options.offline !== undefined;
  const result = offline
    ? await offlineGate(options, options.offline!, io)
    : await onlineGate(options, options.url!, io);
  io.stdout.write(
    options.format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : formatGate(result, offline, messagesFor(options.lang)),
  );
  return result.pass ? ExitCode.OK : ExitCode.FAILED;
}
