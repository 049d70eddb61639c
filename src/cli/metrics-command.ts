// `guidelint metrics`: its options read, then the measurement.
import { measureCatalog } from "../api.js";
import { metricsFormatters } from "../metrics/format/index.js";
import type { CommonOptions } from "./common.js";
import { exportMappingOption } from "./export-mapping-option.js";
import { parseGroupBy, parseSort } from "./metric-options.js";
import { parseOutputSpecs } from "./output-spec.js";
import { regionNames } from "../report/regions.js";
import type { CommandRun } from "./runner.js";

export { parseGroupBy } from "./metric-options.js";

interface MetricsCommandOptions extends CommonOptions {
  profile?: string;
  groupBy?: string[];
  sort?: string;
}

export async function run(cmd: CommandRun, [paths]: unknown[], options: MetricsCommandOptions): Promise<number> {
  const { io, lang } = cmd;
  const targets = parseOutputSpecs(options.format ?? [], options.output, metricsFormatters, { defaultFormat: "table" });
  const groupBy = parseGroupBy(options.groupBy ?? []);
  const sort = parseSort(options.sort, groupBy);

  const run = await cmd.withProgress("guidelint metrics", (onFile) =>
    measureCatalog({
      cwd: io.cwd,
      paths: paths as string[],
      configFile: options.config,
      profile: options.profile,
      // JSON and CSV carry the groups of metrics.md's example unless told which; tables show only those asked for.
      groupBy: groupBy.length > 0 ? groupBy : undefined,
      version: io.version,
      // Worker threads for a large catalog, as lint's default.
      concurrency: "auto",
      exportMapping: exportMappingOption(io.cwd, options),
      onFile,
    }),
  );
  cmd.reportRun(run);
  const { report } = run;
  // The table and Markdown list skipped files themselves; for JSON and CSV, say it where a person looks.
  if (report.skipped.count > 0 && targets.some((t) => t.format === "json" || t.format === "csv")) {
    cmd.note("metricsSkipped", { count: report.skipped.count, files: report.skipped.files.join(", ") });
  }
  // Names only where a table shows regions: JSON and CSV keep the codes (metrics.md).
  const names = groupBy.includes("region") && report.groups.region ? regionNames(Object.keys(report.groups.region), run.config.regions) : undefined;
  cmd.writeOutputs(targets, (target, style) =>
    metricsFormatters[target.format](report, { lang, style, groupBy, sort, profile: run.profile, regionNames: names }),
  );
  if (run.toolErrors.length > 0) return 2;
  return report.targets.some((t) => !t.met) ? 1 : 0;
}
