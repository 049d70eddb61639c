// --baseline and --update-baseline of `guidelint lint`, and --quiet's errors-only view.
import path from "node:path";
import { applyBaseline, type Baseline, createBaseline, DEFAULT_BASELINE_FILE, describeEntry, readBaselineFile, serializeBaseline } from "../engine/baseline.js";
import { summarize } from "../engine/result.js";
import type { LintResult } from "../engine/result.js";
import { writeFileAtomic } from "../fix/write-atomic.js";
import type { CommandRun } from "./runner.js";

/** `--update-baseline` records the run's findings; `--baseline` moves recorded ones out of the exit code. */
export function withBaseline<R extends LintResult>(cmd: CommandRun, run: R, options: { baseline?: string; updateBaseline?: boolean }): R {
  if (!options.baseline && !options.updateBaseline) return run;
  const file = options.baseline ?? DEFAULT_BASELINE_FILE;
  const target = path.resolve(cmd.io.cwd, file);
  let baseline: Baseline;
  if (options.updateBaseline) {
    baseline = createBaseline(run.results);
    writeFileAtomic(target, serializeBaseline(baseline));
    const count = baseline.entries.reduce((sum, e) => sum + e.count, 0);
    cmd.note("baselineWritten", { file, count, entries: baseline.entries.length });
  } else {
    baseline = readBaselineFile(target, file);
  }
  const applied = applyBaseline(run, baseline);
  if (applied.summary.baselined > 0 && !options.updateBaseline) cmd.note("baselineApplied", { count: applied.summary.baselined, file });
  if (applied.staleBaseline.length > 0) {
    cmd.note("baselineStale", { count: applied.staleBaseline.length, file });
    for (const entry of applied.staleBaseline) cmd.note("baselineStaleEntry", { entry: describeEntry(entry) });
  }
  return applied;
}

export function errorsOnly(result: LintResult): LintResult {
  const results = result.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }));
  return { ...result, results, summary: summarize(results) };
}
