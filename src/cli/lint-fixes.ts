// --fix and --fix-dry-run of `guidelint lint` (and `guidelint fix`, which is lint --fix).
import type { LintResult } from "../engine/result.js";
import { fixFiles } from "../fix/fix-files.js";
import { formatPath } from "../i18n/field-labels.js";
import type { CommandRun } from "./runner.js";

/**
 * Applies the run's safe fixes (`--fix`), or prints them as a unified diff (`--fix-dry-run`).
 * Resolves to whether any file changed, so the caller re-lints and reports what remains.
 */
export function runFixes(cmd: CommandRun, run: LintResult, options: { dryRun: boolean }): boolean {
  const fixed = fixFiles(run, { dryRun: options.dryRun });
  const changed = fixed.filter((f) => f.applied > 0);
  for (const file of fixed) {
    for (const skip of file.skipped) cmd.note("fixNotApplied", { file: file.file, path: formatPath(skip.path), detail: skip.reason });
  }
  const data = { fixed: changed.reduce((sum, f) => sum + f.applied, 0), files: changed.length };
  if (options.dryRun) {
    for (const file of changed) cmd.io.stdout.write(file.patch);
    cmd.note(changed.length > 0 ? "fixDryRun" : "fixNothing", data);
    return false;
  }
  cmd.note(changed.length > 0 ? "fixApplied" : "fixNothing", data);
  return changed.length > 0;
}
