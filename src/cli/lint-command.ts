import path from "node:path";
import { Command, Option } from "commander";
import ora from "ora";
import { lint, type LintOptions } from "../api.js";
import type { RuleOverrides } from "../config/rule-settings.js";
import { applyBaseline, type Baseline, createBaseline, DEFAULT_BASELINE_FILE, describeEntry, readBaselineFile, serializeBaseline } from "../engine/baseline.js";
import { summarize } from "../engine/result.js";
import { writeFileAtomic } from "../fix/write-atomic.js";
import { runFixes } from "./fix-command.js";
import type { Lang } from "../i18n/localized.js";
import type { LintResult } from "../engine/result.js";
import { UsageError } from "../errors.js";
import { formatters } from "../formatters/index.js";
import { PLAIN } from "../formatters/types.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import { findRule, rules } from "../rules/registry.js";
import { closest } from "../text/similar.js";
import { type CommonOptions, commonOptions, parseChannelOptions, parseMaxWarnings, resolveLang } from "./common.js";
import { parseOutputTargets, writeOutputFile } from "./output.js";
import { writeStepSummary } from "./step-summary.js";
import { changedFiles, parseShard, shardOf } from "./file-selection.js";
import type { CliIo } from "./io.js";
import { terminalStyle } from "./style.js";

interface LintCommandOptions extends CommonOptions {
  rule?: string[];
  profile?: string;
  reportUnusedDisables?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  changed?: string | true;
  shard?: string;
}

/** `guidelint lint`; as `fix` (cli.md: "fix [paths...]"), the same command with --fix always on. */
export function lintCommand(io: CliIo, setExitCode: (code: number) => void, name: "lint" | "fix" = "lint"): Command {
  const command = new Command(name)
    .description(name === "fix" ? "apply safe fixes in place, then report what remains" : "check service guides against the schema and every enabled rule")
    .argument("[paths...]", "files, folders or globs (default: the config's catalog, else ./catalog)")
    .addOption(
      new Option("--rule <id:severity>", "set a rule's severity (off | warning | error), repeatable").argParser(
        (value: string, previous: string[] = []) => [...previous, value],
      ),
    )
    .addOption(new Option("--profile <name|file>", "policy profile whose targets set rule defaults (time-limit-compression's min)"))
    .addOption(new Option("--report-unused-disables", "report guidelint-disable comments that suppress nothing"))
    .addOption(new Option("--baseline <file>", `fail only on findings not recorded in this baseline (default file with --update-baseline: ${DEFAULT_BASELINE_FILE})`))
    .addOption(new Option("--update-baseline", "record today's findings in the baseline file"))
    .addOption(new Option("--fix", "apply safe fixes in place (atomic writes), then report what remains").hideHelp(name === "fix"))
    .addOption(new Option("--fix-dry-run", "print the safe fixes as a unified diff; write nothing"))
    .addOption(new Option("--changed [git-ref]", "only files changed since the ref (default HEAD), and untracked ones; cross-file rules still see the whole catalog"))
    .addOption(new Option("--shard <i/n>", "only the i-th of n slices of the files (CI matrix jobs)"));
  for (const option of commonOptions()) command.addOption(option);
  command.action(async (paths: string[], options: LintCommandOptions) => {
    setExitCode(await runLint(io, paths, name === "fix" ? { ...options, fix: true } : options));
  });
  return command;
}

/** --changed and --shard as one narrowing of the files found; undefined when neither is given. */
function fileSelection(cwd: string, options: LintCommandOptions): LintOptions["select"] {
  const changed = options.changed === undefined ? undefined : changedFiles(cwd, options.changed === true ? "HEAD" : options.changed);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (!changed && !shard) return undefined;
  return (files) => {
    const kept = changed ? files.filter((f) => changed.has(f)) : files;
    return shard ? shardOf(kept, shard) : kept;
  };
}

async function runLint(io: CliIo, paths: string[], options: LintCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const ruleOverrides = parseRuleOptions(options.rule ?? []);
  const targets = parseOutputTargets(options.format ?? [], options.output, "stylish");

  const showProgress = options.progress && io.stderr.isTTY === true && !io.env.CI;
  const spinner = showProgress ? ora({ stream: io.stderr, text: "guidelint" }).start() : undefined;
  let run;
  const lintOptions: LintOptions = {
    cwd: io.cwd,
    paths,
    configFile: options.config,
    // --profile wins over the config's profile: the rules read their defaults from it.
    profile: options.profile,
    rules: ruleOverrides,
    channels: parseChannelOptions(options.channel ?? []),
    baseCatalog: options.baseCatalog,
    reportUnusedDisables: options.reportUnusedDisables,
    select: fileSelection(io.cwd, options),
  };
  try {
    run = await lint({ ...lintOptions, onFile: spinner ? (done, total) => (spinner.text = `guidelint ${done}/${total}`) : undefined });
  } finally {
    spinner?.stop();
  }
  if (run.embeddedCatalog) {
    io.stderr.write(`${renderText(MESSAGES.usingEmbeddedCatalog, { dir: run.embeddedCatalog }, lang)}\n`);
  }
  // Never fix guidelint's own sample catalog (what runs when there is nothing else to check).
  if ((options.fix || options.fixDryRun) && !run.embeddedCatalog) {
    const changed = runFixes(io, run, { dryRun: options.fixDryRun === true, lang });
    if (options.fixDryRun) return run.toolErrors.length > 0 ? 2 : 0;
    if (changed) run = await lint(lintOptions);
  }
  run = withBaseline(io, run, options, lang);
  const result = options.quiet ? errorsOnly(run) : run;
  for (const error of run.toolErrors) {
    io.stderr.write(`${renderText(MESSAGES.internalError, { detail: `${error.file ?? ""} ${error.message}` }, lang)}\n`);
  }
  for (const target of targets) {
    const style = target.file ? PLAIN : terminalStyle(io.stdout);
    const text = formatters[target.format](result, { lang, style, version: io.version, maxWarnings });
    if (target.file) writeOutputFile(io.cwd, target.file, text);
    else io.stdout.write(text);
  }
  writeStepSummary(io.env.GITHUB_STEP_SUMMARY, targets, result, { lang, style: PLAIN, version: io.version, maxWarnings });
  if (run.toolErrors.length > 0) return 2;
  if (run.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && run.summary.warnings > maxWarnings) return 1;
  return 0;
}

/** `--update-baseline` records the run's findings; `--baseline` moves recorded ones out of the exit code. */
function withBaseline<R extends LintResult>(io: CliIo, run: R, options: LintCommandOptions, lang: Lang): R {
  if (!options.baseline && !options.updateBaseline) return run;
  const file = options.baseline ?? DEFAULT_BASELINE_FILE;
  const target = path.resolve(io.cwd, file);
  let baseline: Baseline;
  if (options.updateBaseline) {
    baseline = createBaseline(run.results);
    writeFileAtomic(target, serializeBaseline(baseline));
    const count = baseline.entries.reduce((sum, e) => sum + e.count, 0);
    io.stderr.write(`${renderText(MESSAGES.baselineWritten, { file, count, entries: baseline.entries.length }, lang)}\n`);
  } else {
    baseline = readBaselineFile(target, file);
  }
  const applied = applyBaseline(run, baseline);
  if (applied.summary.baselined > 0 && !options.updateBaseline) {
    io.stderr.write(`${renderText(MESSAGES.baselineApplied, { count: applied.summary.baselined, file }, lang)}\n`);
  }
  if (applied.staleBaseline.length > 0) {
    io.stderr.write(`${renderText(MESSAGES.baselineStale, { count: applied.staleBaseline.length, file }, lang)}\n`);
    for (const entry of applied.staleBaseline) io.stderr.write(`${renderText(MESSAGES.baselineStaleEntry, { entry: describeEntry(entry) }, lang)}\n`);
  }
  return applied;
}

function errorsOnly(result: LintResult): LintResult {
  const results = result.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }));
  return { ...result, results, summary: summarize(results) };
}

/** `--rule time-limit-compression:off` → { "time-limit-compression": { level: "off" } }. */
export function parseRuleOptions(values: string[]): RuleOverrides {
  const out: RuleOverrides = {};
  for (const value of values) {
    const match = /^([a-z0-9-]+):(off|warning|warn|error)$/.exec(value.trim());
    const id = match?.[1] ?? value.split(":")[0];
    if (!match || !findRule(id)) {
      const guess = closest(id, rules.map((r) => r.id));
      throw new UsageError("badRuleOption", {
        value,
        suggestion: guess ? { en: ` (did you mean "${guess}"?)`, "zh-CN": `（是否应为“${guess}”？）` } : "",
      });
    }
    out[id] = { level: match[2] === "warn" ? "warning" : (match[2] as "off" | "warning" | "error") };
  }
  return out;
}
