// `guidelint lint` (and `guidelint fix`: the same with --fix on): its options read, then the lint.
import path from "node:path";
import { lint, type LintOptions } from "../api.js";
import { UsageError } from "../errors.js";
import { formatters } from "../formatters/index.js";
import { type CommonOptions, parseChannelOptions } from "./common.js";
import { exportMappingOption } from "./export-mapping-option.js";
import { changedFiles, parseShard } from "./file-selection.js";
import { fixTypeRules, runFixes } from "./lint-fixes.js";
import { rules } from "../rules/registry.js";
import { writeLintRun } from "./lint-output.js";
import { writeAnnotatedCopies } from "./annotate-output.js";
import { parseOutputSpecs } from "./output-spec.js";
import { passSettings } from "./pass-options.js";
import { parseRuleOptions } from "./rule-options.js";
import type { CommandRun } from "./runner.js";

export { parseRuleOptions } from "./rule-options.js";

interface LintCommandOptions extends CommonOptions {
  rule?: string[];
  profile?: string;
  reportUnusedDisables?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  /** `fix --dry-run`: the same as --fix-dry-run. */
  dryRun?: boolean;
  unsafe?: boolean;
  fixType?: string[];
  changed?: string | true;
  shard?: string;
  factsOut?: string;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: string;
  concurrency?: string;
}

const MAX_FIX_PASSES = 10;

/** --changed as a narrowing of the files found; undefined when not given. */
function fileSelection(cwd: string, options: LintCommandOptions): LintOptions["select"] {
  if (options.changed === undefined) return undefined;
  const changed = changedFiles(cwd, options.changed === true ? "HEAD" : options.changed);
  return (files) => files.filter((f) => changed.has(f));
}

export async function run(cmd: CommandRun, [paths]: unknown[], options: LintCommandOptions): Promise<number> {
  const { io } = cmd;
  const ruleOverrides = parseRuleOptions(options.rule ?? []);
  const { targets, annotate } = lintTargets(options.format ?? [], options.output);

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
    shard: options.shard === undefined ? undefined : parseShard(options.shard),
    factsOut: factsOut(io.cwd, options),
    exportMapping: exportMappingOption(io.cwd, options),
    ...passSettings(io.cwd, io.version, options),
  };
  let run = await cmd.withProgress("guidelint", (onFile) => lint({ ...lintOptions, onFile }));
  if (run.embeddedCatalog) cmd.note("usingEmbeddedCatalog", { dir: run.embeddedCatalog });
  for (const note of run.notes ?? []) cmd.note(note.messageId, note.data);
  // Never fix guidelint's own sample catalog (what runs when there is nothing else to check).
  const dryRun = options.fixDryRun === true || options.dryRun === true;
  if ((options.fix || dryRun) && !run.embeddedCatalog) {
    const fixOptions = { dryRun, unsafe: options.unsafe, ruleIds: fixTypeRules(options.fixType, new Set(rules.map((r) => r.id))) };
    let outcome = runFixes(cmd, run, fixOptions);
    // A dry run fails as the real fix would: when errors would remain.
    if (dryRun) return run.toolErrors.length > 0 ? 2 : outcome.errorsLeft > 0 ? 1 : 0;
    // Again on the fixed files, as ESLint does: one fix can make another reachable (a value two
    // rules fix, a list entry whose sibling moved). Bounded: a fix that undoes another stops here.
    for (let pass = 1; outcome.changed; pass++) {
      run = await lint(lintOptions);
      if (pass === MAX_FIX_PASSES) break;
      outcome = runFixes(cmd, run, { ...fixOptions, laterPass: true });
    }
  }
  const code = writeLintRun(cmd, run, targets, options);
  if (annotate && !(await writeAnnotatedCopies(cmd, run.results, annotate))) return 2;
  // A shard that writes its facts is one step of a matrix: the merge job reports and gates, so the
  // shard fails only when it could not do its part.
  return lintOptions.factsOut && code === 1 ? 0 : code;
}

function factsOut(cwd: string, options: LintCommandOptions): string | undefined {
  if (options.factsOut === undefined) return undefined;
  if (options.shard === undefined) throw new UsageError("factsOutNeedsShard", {});
  return path.resolve(cwd, options.factsOut);
}

/**
 * The text formats, and `xlsx=file`: the exports of the run as annotated workbooks, written apart
 * from the text formats (a workbook is bytes, made asynchronously, and never goes to stdout).
 */
function lintTargets(specs: readonly string[], output: string | undefined) {
  const targets = parseOutputSpecs(specs, output, { ...formatters, xlsx: true }, { defaultFormat: "stylish" });
  const annotated = targets.filter((t) => t.format === "xlsx");
  if (annotated.some((t) => !t.file)) throw new UsageError("xlsxNeedsFile", {});
  if (annotated.length > 1) throw new UsageError("tooManyFormats", { value: "xlsx, xlsx", available: Object.keys(formatters).join(", ") });
  const text = targets.filter((t): t is (typeof targets)[number] & { format: keyof typeof formatters } => t.format !== "xlsx");
  // The workbook alone asked for: the terminal still shows what was found.
  return { targets: text.length > 0 ? text : [{ format: "stylish" as const }], annotate: annotated[0]?.file };
}
