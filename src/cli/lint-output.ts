// What `lint` and `merge` do with a run: the baseline, --quiet, every --format, the job summary,
// and the exit code (2 the tool failed, 1 errors or too many warnings, else 0).
import { readFileSync } from "node:fs";
import path from "node:path";
import { type LintRun, PACKAGE_ROOT } from "../api.js";
import { type PackageLinks, packageDocsLinks } from "../formatters/docs-url.js";
import { formatters } from "../formatters/index.js";
import { PLAIN } from "../formatters/types.js";
import { parseMaxWarnings } from "./common.js";
import { errorsOnly, withBaseline } from "./lint-baseline.js";
import type { OutputTarget } from "./output-spec.js";
import type { CommandRun } from "./runner.js";
import { writeStepSummary } from "./step-summary.js";

export interface LintOutputOptions {
  baseline?: string;
  updateBaseline?: boolean;
  quiet?: boolean;
  maxWarnings?: string;
}

export function writeLintRun(
  cmd: CommandRun,
  ran: LintRun,
  targets: ReadonlyArray<OutputTarget & { format: keyof typeof formatters }>,
  options: LintOutputOptions,
): number {
  const { io, lang } = cmd;
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const run = withBaseline(cmd, ran, options);
  const result = options.quiet ? errorsOnly(run) : run;
  cmd.reportRun({ toolErrors: run.toolErrors });
  const stepSummary = Boolean(io.env.GITHUB_STEP_SUMMARY) && targets.some((t) => t.format === "github");
  const context = { lang, version: io.version, maxWarnings, stepSummary, ...docsLinks(run.config.docsUrl) };
  cmd.writeOutputs(targets, (target, style) => formatters[target.format](result, { ...context, style }));
  writeStepSummary(io.env.GITHUB_STEP_SUMMARY, targets, result, { ...context, style: PLAIN });
  if (run.toolErrors.length > 0) return 2;
  if (run.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && run.summary.warnings > maxWarnings) {
    // With --quiet (or a format that has no summary) the output shows no warnings at all: without
    // this the exit 1 is unexplained. Stylish on stdout says it itself when it shows the warnings.
    const saidByOutput = !options.quiet && targets.some((t) => t.format === "stylish" && !t.file);
    if (!saidByOutput) cmd.note("maxWarningsExceeded", { count: run.summary.warnings, max: maxWarnings });
    return 1;
  }
  return 0;
}

/** The config's `docsUrl` wins; else what guidelint's own package.json says (see docs-url.ts). */
function docsLinks(configured: string | undefined): { docsUrl?: string; homepage?: string } {
  const fromPackage = packageDocsLinks(JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as PackageLinks);
  return { ...fromPackage, ...(configured ? { docsUrl: configured } : {}) };
}
