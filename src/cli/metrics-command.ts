// `guidelint metrics`: its options read, then the measurement.
import { measureCatalog } from "../api.js";
import { metricsFormatters } from "../metrics/format/index.js";
import type { CommonOptions } from "./common.js";
import { exportMappingOption } from "./export-mapping-option.js";
import { parseGroupBy, parseSort } from "./metric-options.js";
import { parseOutputSpecs } from "./output-spec.js";
import { regionNames } from "../report/regions.js";
import type { CommandRun } from "./runner.js";
import { atGitRef, readSavedMetrics, resolvePrevious, sourceOf } from "./compare-previous.js";
import { compareMetrics, type MetricsComparison } from "../metrics/compare.js";
import type { MetricsReport } from "../metrics/aggregate.js";
import type { GroupDimension } from "../metrics/facts.js";

export { parseGroupBy } from "./metric-options.js";

interface MetricsCommandOptions extends CommonOptions {
  profile?: string;
  groupBy?: string[];
  sort?: string;
  compare?: string;
}

export async function run(cmd: CommandRun, [paths]: unknown[], options: MetricsCommandOptions): Promise<number> {
  const { io, lang } = cmd;
  const targets = parseOutputSpecs(options.format ?? [], options.output, metricsFormatters, { defaultFormat: "table" });
  const groupBy = parseGroupBy(options.groupBy ?? []);
  const sort = parseSort(options.sort, groupBy);

  // A --compare that names nothing is refused before the catalog is read.
  const previous = options.compare === undefined ? undefined : resolvePrevious(io.cwd, options.compare);
  const exportMapping = exportMappingOption(io.cwd, options);
  const measure = (cwd: string, map: (p: string) => string, onFile?: (done: number, total: number) => void) =>
    measureCatalog({
      cwd,
      paths: (paths as string[]).map(map),
      configFile: options.config === undefined ? undefined : map(options.config),
      profile: options.profile === undefined ? undefined : map(options.profile),
      // JSON and CSV carry the groups of metrics.md's example unless told which; tables show only those asked for.
      groupBy: groupBy.length > 0 ? groupBy : undefined,
      version: io.version,
      // Worker threads for a large catalog, as lint's default.
      concurrency: "auto",
      exportMapping,
      onFile,
    });
  const run = await cmd.withProgress("guidelint metrics", (onFile) => measure(io.cwd, (p) => p, onFile));
  cmd.reportRun(run);
  const { report } = run;
  // The table and Markdown list skipped files themselves; for JSON and CSV, say it where a person looks.
  if (report.skipped.count > 0 && targets.some((t) => t.format === "json" || t.format === "csv")) {
    cmd.note("metricsSkipped", { count: report.skipped.count, files: report.skipped.files.join(", ") });
  }
  let comparison: MetricsComparison | undefined;
  let previousFailed = false;
  if (previous) {
    let before: MetricsReport;
    if (previous.kind === "file") {
      before = readSavedMetrics(previous.filePath, previous.shown);
    } else {
      const previousRun = await cmd.withProgress(`guidelint metrics (${previous.at.ref})`, (onFile) =>
        atGitRef(previous.at, run, ({ cwd, map }) => measure(cwd, map, onFile)),
      );
      for (const error of previousRun.toolErrors) cmd.note("internalError", { detail: `${previous.at.ref}: ${error.file ?? ""} ${error.message}` });
      previousFailed = previousRun.toolErrors.length > 0;
      before = previousRun.report;
    }
    const source = sourceOf(previous);
    comparison = compareMetrics(before, source.source === "file" ? { ...source, version: before.version } : source, report, {
      dimensions: Object.keys(report.groups) as GroupDimension[],
      sort,
    });
  }
  // Names only where a table shows regions: JSON and CSV keep the codes (metrics.md).
  const names = groupBy.includes("region") && report.groups.region ? regionNames(Object.keys(report.groups.region), run.config.regions) : undefined;
  cmd.writeOutputs(targets, (target, style) =>
    metricsFormatters[target.format](report, { lang, style, groupBy, sort, profile: run.profile, regionNames: names, comparison }),
  );
  if (run.toolErrors.length > 0 || previousFailed) return 2;
  return report.targets.some((t) => !t.met) ? 1 : 0;
}
