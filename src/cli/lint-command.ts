// `guidelint lint` (and `guidelint fix`: the same with --fix on): its options read, then the lint.
import { lint, type LintOptions } from "../api.js";
import { formatters } from "../formatters/index.js";
import { PLAIN } from "../formatters/types.js";
import { type CommonOptions, parseChannelOptions, parseMaxWarnings } from "./common.js";
import { changedFiles, parseShard, shardOf } from "./file-selection.js";
import { errorsOnly, withBaseline } from "./lint-baseline.js";
import { runFixes } from "./lint-fixes.js";
import { parseOutputSpecs } from "./output-spec.js";
import { parseRuleOptions } from "./rule-options.js";
import type { CommandRun } from "./runner.js";
import { writeStepSummary } from "./step-summary.js";

export { parseRuleOptions } from "./rule-options.js";

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

export async function run(cmd: CommandRun, [paths]: unknown[], options: LintCommandOptions): Promise<number> {
  const { io, lang } = cmd;
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const ruleOverrides = parseRuleOptions(options.rule ?? []);
  const targets = parseOutputSpecs(options.format ?? [], options.output, formatters, { defaultFormat: "stylish" });

  const lintOptions: LintOptions = {
    cwd: io.cwd,
    paths: paths as string[],
    configFile: options.config,
    // --profile wins over the config's profile: the rules read their defaults from it.
    profile: options.profile,
    rules: ruleOverrides,
    channels: parseChannelOptions(options.channel ?? []),
    baseCatalog: options.baseCatalog,
    reportUnusedDisables: options.reportUnusedDisables,
    select: fileSelection(io.cwd, options),
  };
  let run = await cmd.withProgress("guidelint", (onFile) => lint({ ...lintOptions, onFile }));
  if (run.embeddedCatalog) cmd.note("usingEmbeddedCatalog", { dir: run.embeddedCatalog });
  // Never fix guidelint's own sample catalog (what runs when there is nothing else to check).
  if ((options.fix || options.fixDryRun) && !run.embeddedCatalog) {
    const changed = runFixes(cmd, run, { dryRun: options.fixDryRun === true });
    if (options.fixDryRun) return run.toolErrors.length > 0 ? 2 : 0;
    if (changed) run = await lint(lintOptions);
  }
  run = withBaseline(cmd, run, options);
  const result = options.quiet ? errorsOnly(run) : run;
  cmd.reportRun({ toolErrors: run.toolErrors });
  const context = { lang, version: io.version, maxWarnings };
  cmd.writeOutputs(targets, (target, style) => formatters[target.format](result, { ...context, style }));
  writeStepSummary(io.env.GITHUB_STEP_SUMMARY, targets, result, { ...context, style: PLAIN });
  if (run.toolErrors.length > 0) return 2;
  if (run.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && run.summary.warnings > maxWarnings) return 1;
  return 0;
}
