import type { Command } from "commander";
import type { LintResult } from "../engine/types.js";
import { fixFiles } from "../fix/fix-files.js";
import { formatPath } from "../i18n/field-labels.js";
import type { Lang } from "../i18n/localized.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import type { CliIo } from "./io.js";
import { lintCommand } from "./lint-command.js";

/** `guidelint fix [paths...]`: `lint --fix` under its own name (same options). */
export function fixCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  return lintCommand(io, setExitCode, "fix");
}

/**
 * Applies the run's safe fixes (`--fix`), or prints them as a unified diff (`--fix-dry-run`).
 * Resolves to whether any file changed, so the caller re-lints and reports what remains.
 */
export function runFixes(io: CliIo, run: LintResult, options: { dryRun: boolean; lang: Lang }): boolean {
  const { lang } = options;
  const fixed = fixFiles(run, { dryRun: options.dryRun });
  const changed = fixed.filter((f) => f.applied > 0);
  for (const file of fixed) {
    for (const skip of file.skipped) {
      io.stderr.write(`${renderText(MESSAGES.fixNotApplied, { file: file.file, path: formatPath(skip.path), detail: skip.reason }, lang)}\n`);
    }
  }
  const data = { fixed: changed.reduce((sum, f) => sum + f.applied, 0), files: changed.length };
  if (options.dryRun) {
    for (const file of changed) io.stdout.write(file.patch);
    io.stderr.write(`${renderText(changed.length > 0 ? MESSAGES.fixDryRun : MESSAGES.fixNothing, data, lang)}\n`);
    return false;
  }
  io.stderr.write(`${renderText(changed.length > 0 ? MESSAGES.fixApplied : MESSAGES.fixNothing, data, lang)}\n`);
  return changed.length > 0;
}
