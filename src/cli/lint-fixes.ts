// --fix and --fix-dry-run of `guidelint lint` (and `guidelint fix`, which is lint --fix; its
// --dry-run is --fix-dry-run), with --unsafe (suggestions too) and --fix-type (only some rules).
import type { LintResult } from "../engine/result.js";
import { UsageError } from "../errors.js";
import { fixFiles } from "../fix/fix-files.js";
import { formatPath } from "../i18n/field-labels.js";
import { didYouMean } from "../text/similar.js";
import type { CommandRun } from "./runner.js";

export interface FixRunOptions {
  dryRun: boolean;
  unsafe?: boolean;
  /** --fix-type values: rule ids, comma-separated or repeated. */
  fixType?: readonly string[];
}

/** The rule ids --fix-type names; each must be a rule's id (a typo would silently fix nothing). */
export function fixTypeRules(values: readonly string[] | undefined, known: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const ids = values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  for (const id of ids) if (!known.has(id)) throw new UsageError("unknownRuleId", { value: id, suggestion: didYouMean(id, [...known]) });
  return new Set(ids);
}

/**
 * Applies the run's fixes (`--fix`), or prints them as a unified diff (`--fix-dry-run`).
 * Returns whether any file changed (the caller re-lints and reports what remains) and, for a dry
 * run, how many errors no fix would remove.
 */
export function runFixes(
  cmd: CommandRun,
  run: LintResult,
  options: FixRunOptions & { ruleIds?: ReadonlySet<string>; laterPass?: boolean },
): { changed: boolean; errorsLeft: number } {
  const fixed = fixFiles(run, { dryRun: options.dryRun, unsafe: options.unsafe, ruleIds: options.ruleIds });
  const changed = fixed.filter((f) => f.applied > 0);
  // A later pass (on the files the first one fixed) says only what it fixed: its skips were said.
  for (const file of options.laterPass ? [] : fixed) {
    for (const skip of file.skipped) cmd.note("fixNotApplied", { file: file.file, path: formatPath(skip.path), detail: skip.reason });
  }
  const data = { fixed: changed.reduce((sum, f) => sum + f.applied, 0), files: changed.length };
  const errorsLeft = fixed.reduce((sum, f) => sum + f.errorsLeft, 0);
  if (options.dryRun) {
    for (const file of changed) cmd.io.stdout.write(file.patch);
    cmd.note(changed.length > 0 ? "fixDryRun" : "fixNothing", data);
    return { changed: false, errorsLeft };
  }
  if (changed.length > 0) cmd.note("fixApplied", data);
  else if (!options.laterPass) cmd.note("fixNothing", data);
  return { changed: changed.length > 0, errorsLeft };
}
