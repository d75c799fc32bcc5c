import {
  Command,
  CommanderError,
  InvalidArgumentError,
  Option,
} from 'commander';
import {
  isIsoDate,
  isLanguageTag,
} from '@devops-maturity/plugin-maturity-common';
import { describeModel, DescribeModelOptions } from './commands/describeModel';
import { evaluate, EvaluateOptions } from './commands/evaluate';
import { DEFAULT_TOKEN_ENV, gate } from './commands/gate';
import { lintModel, LintModelOptions } from './commands/lintModel';
import { pushFacts, TOKEN_ENV, URL_ENV } from './commands/pushFacts';
import { DEFAULT_MARKDOWN_MAX_CHARS } from './report/formatMarkdown';
import { report, ReportOptions } from './commands/report';
import { CliError, ExitCode, ExitCodeValue } from './lib/errors';
import { CliIo, processIo } from './lib/io';
import { DEFAULT_MODEL_ID } from './lib/models';
import { version } from '../package.json';

function parseLevel(value: string): number {
  const level = Number(value);
  if (!/^\d+$/.test(value) || level < 1 || level > 5) {
    throw new InvalidArgumentError('must be a whole number from 1 to 5');
  }
  return level;
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new InvalidArgumentError('must be a positive number of seconds');
  }
  return seconds;
}

function parseMaxChars(value: string): number {
  const chars = Number(value);
  if (!/^\d+$/.test(value) || chars < 1) {
    throw new InvalidArgumentError(
      'must be a whole number of characters, e.g. 60000',
    );
  }
  return chars;
}

function parseBaselineDate(value: string): string {
  if (!isIsoDate(value)) {
    throw new InvalidArgumentError(
      'must be an ISO date that exists (YYYY-MM-DD, e.g. 2026-01-01)',
    );
  }
  return value;
}

function parseLanguage(value: string): string {
  if (!isLanguageTag(value)) {
    throw new InvalidArgumentError(
      'must be a BCP 47 language tag, e.g. en or zh-CN',
    );
  }
  return value;
}

/** `--domains sre,cd` (repeatable): the domain ids, without blanks or repeats. */
function collectList(value: string, previous: string[] | undefined): string[] {
  const ids = value
    .split(',')
    .map(id => id.trim())
    .filter(Boolean);
  if (ids.length === 0) {
    throw new InvalidArgumentError('must list domain ids, e.g. sre,cd');
  }
  return [...new Set([...(previous ?? []), ...ids])];
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const modelOption = () =>
  new Option(
    '--model <id|file>',
    `a built-in model id or a model YAML file (default: ${DEFAULT_MODEL_ID})`,
  );
const domainOption = (what: string) => new Option('--domain <domainId>', what);
const factsOption = () =>
  new Option(
    '--facts <facts.yaml>',
    'TechInsights facts for the entities: entities: [{ entity, facts: { <retrieverId>: { <fact>: value } }, history }]; repeatable',
  ).argParser(collect);

const rootOption = () =>
  new Option(
    '--root <dir>',
    'the repository root: Location and $text/$json/$yaml targets outside it are refused (default: the git top-level of the first catalog file, else the current directory)',
  );

const baselineDateOption = () =>
  new Option(
    '--baseline-date <YYYY-MM-DD>',
    "the programme's baseline date: trend checks with 'baseline: configured' compare against it (as app-config maturity.baselineDate); without it they compare with their 'days' ago",
  ).argParser(parseBaselineDate);

const langOption = () =>
  new Option(
    '--lang <tag>',
    "the language of the model's texts (titles, descriptions, remediation), e.g. zh-CN; the model's default language when it does not provide it. The output's own words are Chinese for zh, zh-CN and zh-Hans, else English",
  ).argParser(parseLanguage);

const EXIT_CODES_HELP = `
Exit codes: 0 success, 1 problems found or level not met, 2 usage, input or connection errors.`;

/**
 * Creates the `maturity` program. Actions report their exit code through
 * `setExitCode`; commander errors are thrown (exitOverride), not exited.
 */
export function createProgram(
  io: CliIo,
  setExitCode: (code: ExitCodeValue) => void,
): Command {
  const program = new Command('maturity')
    .description(
      'Lint and describe maturity models, evaluate catalog-info.yaml offline, gate CI on a maturity level, and push facts from CI to the backend.',
    )
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: text => io.stdout.write(text),
      writeErr: text => io.stderr.write(text),
    })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP);

  program
    .command('lint-model')
    .summary('validate maturity model files')
    .description(
      'Validate maturity model files; print every problem with file, line, column and path.',
    )
    .argument('<file...>', 'model YAML files')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option(
      '--strict',
      "fail on warnings too (e.g. texts missing one of the model's languages)",
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 all valid (warnings allowed unless --strict), 1 any error (or with --strict any warning), 2 unreadable file or usage error.',
    )
    .action((files: string[], options: LintModelOptions) => {
      setExitCode(lintModel(files, options, io));
    });

  program
    .command('describe-model')
    .summary('print a model as a domain × level matrix of checks')
    .description(
      'Describe a maturity model: per domain and level its checks, with their evidence kind (fact, catalog, attestation) and the entity profiles they apply to, and per profile the levels each domain covers.',
    )
    .addOption(modelOption())
    .addOption(langOption())
    .addOption(
      new Option(
        '--format <format>',
        'output format; markdown is readable on GitHub',
      )
        .choices(['markdown', 'json'])
        .default('markdown'),
    )
    .option('--output <file>', 'write to this file instead of stdout')
    .option(
      '--check',
      'write nothing: exit 1 when the --output file differs from what would be written',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 described (or up to date), 1 the model has problems (or --check found the file stale), 2 usage or input error.',
    )
    .action((options: DescribeModelOptions) => {
      setExitCode(describeModel(options, io));
    });

  program
    .command('evaluate')
    .summary(
      'evaluate catalog-info.yaml entities offline (table, json, markdown)',
    )
    .description(
      'Evaluate entities of catalog files offline, before they are merged. Relations that need the live catalog, attestations and facts not given with --facts are unknown.',
    )
    .argument('<catalog-info.yaml...>', 'catalog files (multi-document YAML)')
    .addOption(modelOption())
    .addOption(factsOption())
    .addOption(baselineDateOption())
    .addOption(rootOption())
    .addOption(domainOption('report only this domain, and its level'))
    .addOption(langOption())
    .addOption(
      new Option(
        '--format <format>',
        'output format; markdown is ready to post as a pull-request comment',
      )
        .choices(['table', 'json', 'markdown'])
        .default('table'),
    )
    .addOption(
      new Option(
        '--max-chars <n>',
        'the most characters of the Markdown: details are left out an entity at a time, with a note of what was left out',
      )
        .argParser(parseMaxChars)
        .default(DEFAULT_MARKDOWN_MAX_CHARS),
    )
    .option(
      '--base <dir|file>',
      "compare levels with the base branch: a checkout of it (e.g. a git worktree; the catalog files are read at the same paths), its catalog file, or an earlier '--format json' report",
    )
    .option('--output <file>', 'write to this file instead of stdout')
    .option(
      '--whole-catalog',
      'the files are the whole catalog: a relation target not defined in them does not exist (as in the portal), rather than unknown',
    )
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText(
      'after',
      '\nExit codes: 0 evaluated, 1 some documents were invalid (the rest are evaluated), 2 usage or input error.',
    )
    .action(async (files: string[], options: EvaluateOptions) => {
      setExitCode(
        await evaluate(files, { ...options, facts: options.facts ?? [] }, io),
      );
    });

  program
    .command('gate')
    .summary('exit 0 when an entity meets a maturity level, 1 when not')
    .description(
      "Check that an entity meets a maturity level: ask the running backend's /gate endpoint (--url), or evaluate a catalog file locally (--offline).",
    )
    .option(
      '--entity <entityRef>',
      'the entity, e.g. component:default/payments',
    )
    .addOption(
      new Option('--min-level <level>', 'the required level, 1 to 5')
        .argParser(parseLevel)
        .makeOptionMandatory(),
    )
    .addOption(
      domainOption(
        'require the level of this domain instead of the overall level',
      ),
    )
    .addOption(modelOption())
    .addOption(
      new Option(
        '--url <url>',
        'the Backstage backend base URL, e.g. http://localhost:7007',
      ).conflicts('offline'),
    )
    .addOption(
      new Option(
        '--token-env <name>',
        'environment variable holding the backend token',
      ).default(DEFAULT_TOKEN_ENV),
    )
    .addOption(
      new Option('--timeout <seconds>', 'how long to wait for the backend')
        .argParser(parseSeconds)
        .default(30),
    )
    .addOption(
      new Option(
        '--offline <catalog-info.yaml>',
        'evaluate this catalog file locally instead of asking the backend',
      ),
    )
    .addOption(factsOption())
    .addOption(baselineDateOption().conflicts('url'))
    .addOption(rootOption().conflicts('url'))
    .addOption(
      new Option(
        '--lang <tag>',
        'the language of the verdict and, with --offline, of the check titles, e.g. zh-CN',
      ).argParser(parseLanguage),
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 level met, 1 level not met (blocking checks printed), 2 usage or connection error (unreachable, 401, 403, unknown entity).',
    )
    .action(async (options: Record<string, any>, command: Command) => {
      setExitCode(
        await gate(
          {
            entity: options.entity,
            minLevel: options.minLevel,
            domain: options.domain,
            model: options.model,
            url: options.url,
            tokenEnv: options.tokenEnv,
            tokenEnvExplicit:
              command.getOptionValueSource('tokenEnv') === 'cli',
            offline: options.offline,
            facts: options.facts ?? [],
            baselineDate: options.baselineDate,
            root: options.root,
            format: options.format,
            timeoutSeconds: options.timeout,
            lang: options.lang,
          },
          io,
        ),
      );
    });

  program
    .command('push-facts')
    .summary(
      "post an entity's facts from CI (coverage, test results) to the backend",
    )
    .description(
      "Post facts of one entity from one source (a CI job) to the maturity backend's POST /api/maturity/facts, where checks read them as pushed.<source>.<fact>. Retries when rate limited (429, after Retry-After) and on network errors, at most 3 times.",
    )
    .option(
      '--url <url>',
      `the Backstage backend base URL, e.g. https://backstage.example.com (default: $${URL_ENV})`,
    )
    .option(
      '--token <token>',
      `the backend token (default: $${TOKEN_ENV}, which keeps it out of the process list); never printed`,
    )
    .option(
      '--entity <entityRef>',
      'the entity, e.g. component:default/payments',
    )
    .option(
      '--source <name>',
      'where the facts come from, e.g. github-actions; checks read pushed.<source>.<fact>',
    )
    .option(
      '--timestamp <iso>',
      'when the facts were measured, ISO 8601 (default: when the backend receives them)',
    )
    .addOption(
      new Option(
        '--fact <name=value>',
        'a fact; the value is read as JSON when it is JSON (87.5, true, "007"), else as text; repeatable, wins over --facts-file',
      ).argParser(collect),
    )
    .option(
      '--facts-file <file>',
      'a JSON or YAML mapping of fact names to values, e.g. { coverage: 87.5 }',
    )
    .addOption(
      new Option('--timeout <seconds>', 'how long to wait for each answer')
        .argParser(parseSeconds)
        .default(30),
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 stored (or already stored), 1 the backend refused the facts (its message printed), 2 bad input or the backend unreachable.',
    )
    .action(async (options: Record<string, any>) => {
      setExitCode(
        await pushFacts(
          {
            url: options.url,
            token: options.token,
            entity: options.entity,
            source: options.source,
            timestamp: options.timestamp,
            fact: options.fact,
            factsFile: options.factsFile,
            timeoutSeconds: options.timeout,
          },
          io,
        ),
      );
    });

  program
    .command('report')
    .summary(
      'assessment report of a system with its parts or a group with its teams (html, markdown, json)',
    )
    .description(
      "Build the assessment report (evidence pack) of a system and its parts (components, APIs, resources whose spec.system is the system) or of a group, its nested groups and everything they own, evaluated offline from catalog files. Attestations, waivers and level history are kept by the portal: offline they are unknown, none and empty, as the report's notes say.",
    )
    .argument(
      '<catalog...>',
      'catalog files (multi-document YAML) or directories of them',
    )
    .addOption(
      new Option(
        '--scope <entityRef>',
        'the system or group, e.g. system:default/online-payment-platform',
      ).makeOptionMandatory(),
    )
    .addOption(modelOption())
    .addOption(
      new Option(
        '--domains <ids>',
        'report only these domains (comma-separated, e.g. sre,continuous-delivery); repeatable',
      ).argParser(collectList),
    )
    .addOption(factsOption())
    .addOption(baselineDateOption())
    .addOption(rootOption())
    .addOption(
      new Option(
        '--lang <tag>',
        "the language of the report, e.g. zh-CN: the model's texts (its default language when it does not provide it) and the report's own words (Chinese for zh, zh-CN and zh-Hans, else English)",
      ).argParser(parseLanguage),
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['html', 'markdown', 'json'])
        .default('markdown'),
    )
    .option('--output <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      '\nExit codes: 0 report written, 1 some documents were invalid (the report covers the rest), 2 usage or input error (unknown scope entity, a scope that is not a system or group, unknown domain).',
    )
    .action(async (files: string[], options: ReportOptions) => {
      setExitCode(
        await report(files, { ...options, facts: options.facts ?? [] }, io),
      );
    });

  return program;
}

/** Runs the CLI with `argv` (as in `process.argv`) and resolves to the exit code. */
export async function run(
  argv: string[],
  io: CliIo = processIo(),
): Promise<number> {
  let exitCode: ExitCodeValue = ExitCode.OK;
  let commandName = '';
  const program = createProgram(io, code => {
    exitCode = code;
  });
  program.hook('preAction', (_program, actionCommand) => {
    commandName = actionCommand.name();
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; commander has already printed its message.
      return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    const prefix = commandName ? `maturity ${commandName}` : 'maturity';
    if (error instanceof CliError) {
      io.stderr.write(`${prefix}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(
      `${prefix}: unexpected error: ${
        (error as Error)?.message ?? String(error)
      }\n`,
    );
    if (io.env.MATURITY_DEBUG) io.stderr.write(`${(error as Error)?.stack}\n`);
    return ExitCode.USAGE;
  }
}
