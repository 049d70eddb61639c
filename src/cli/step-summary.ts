// GitHub Actions job summary: with `--format github`, annotations stop at 10 per level, so the
// whole table (the markdown format) is appended to the file $GITHUB_STEP_SUMMARY names.
import { appendFileSync } from "node:fs";
import type { LintResult } from "../engine/result.js";
import { markdown } from "../formatters/markdown.js";
import type { FormatContext } from "../formatters/types.js";
import type { OutputTarget } from "./output-spec.js";

/**
 * Appends the Markdown report to `summaryFile` when it is set and one of the outputs is the
 * github format; returns whether it wrote. The caller reads the environment.
 */
export function writeStepSummary(summaryFile: string | undefined, targets: readonly OutputTarget[], result: LintResult, context: FormatContext): boolean {
  if (!summaryFile || !targets.some((t) => t.format === "github")) return false;
  appendFileSync(summaryFile, `${markdown(result, context)}\n`);
  return true;
}
