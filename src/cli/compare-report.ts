// `report --compare`: the previous period's figures and, from a git ref, its findings — the same
// single lint pass as today's (lint with metrics), run on the catalog checked out at the ref.
import type { LintRun } from "../api.js";
import type { PreviousPeriodInput } from "../report/compare.js";
import { departmentsOf } from "./compare-departments.js";
import { atGitRef, type PreviousPeriod, readSavedMetrics, sourceOf } from "./compare-previous.js";
import type { CommandRun } from "./runner.js";

type Pass = (cwd: string, map: (p: string) => string, onFile?: (done: number, total: number) => void) => Promise<LintRun>;

export async function previousForReport(
  cmd: CommandRun,
  previous: PreviousPeriod,
  current: LintRun,
  pass: Pass,
): Promise<{ period: PreviousPeriodInput; failed: boolean }> {
  if (previous.kind === "file") {
    const metrics = readSavedMetrics(previous.filePath, previous.shown);
    return { period: { source: { source: "file", file: previous.shown, version: metrics.version }, metrics }, failed: false };
  }
  const at = previous.at;
  const { run, departments } = await cmd.withProgress(`guidelint report (${at.ref})`, (onFile) =>
    atGitRef(at, current, async ({ cwd, map }) => {
      const run = await pass(cwd, map, onFile);
      // Read while the checkout is still there.
      return { run, departments: departmentsOf(run.results), embeddedCatalog: run.embeddedCatalog };
    }),
  );
  for (const error of run.toolErrors) cmd.note("internalError", { detail: `${at.ref}: ${error.file ?? ""} ${error.message}` });
  return {
    period: { source: sourceOf(previous), metrics: run.metrics!, findings: { results: run.results, departments } },
    failed: run.toolErrors.length > 0,
  };
}
