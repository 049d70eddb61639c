import { Command, Option } from "commander";
import ora from "ora";
import { UsageError } from "../errors.js";
import { PLAIN } from "../formatters/types.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import { GROUP_DIMENSIONS } from "../metrics/aggregate.js";
import { measureCatalog } from "../api.js";
import { isMetricId, METRIC_IDS, type MetricId } from "../metrics/definitions.js";
import type { GroupDimension } from "../metrics/facts.js";
import { metricsFormatters } from "../metrics/format/index.js";
import { closest } from "../text/similar.js";
import { type CommonOptions, commonOptions, resolveLang } from "./common.js";
import type { CliIo } from "./io.js";
import { type OutputTarget, writeOutputFile } from "./output.js";
import { terminalStyle } from "./style.js";

interface MetricsCommandOptions extends CommonOptions {
  profile?: string;
  groupBy?: string[];
  sort?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function metricsCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  const command = new Command("metrics")
    .description("audit figures (compression, runs, online depth, …), overall or by group, against a profile's targets; exit 1 when one is missed")
    .argument("[paths...]", "files, folders or globs (default: the config's catalog, else ./catalog)")
    .addOption(new Option("--profile <name|file>", "policy profile: a built-in name or a YAML file (default: the config's profile)"))
    .addOption(
      new Option("--group-by <dimension>", "also by department, region, level, type or subject; repeatable or comma-separated").argParser(collect),
    )
    .addOption(new Option("--sort <metricId>", "rank groups by this figure, best first (highest; lowest for meanRuns)"));
  for (const option of commonOptions()) command.addOption(option);
  command.action(async (paths: string[], options: MetricsCommandOptions) => {
    setExitCode(await runMetrics(io, paths, options));
  });
  return command;
}

async function runMetrics(io: CliIo, paths: string[], options: MetricsCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const targets = parseMetricsTargets(options.format ?? [], options.output);
  const groupBy = parseGroupBy(options.groupBy ?? []);
  const sort = parseSort(options.sort, groupBy);

  const showProgress = options.progress && io.stderr.isTTY === true && !io.env.CI;
  const spinner = showProgress ? ora({ stream: io.stderr, text: "guidelint metrics" }).start() : undefined;
  let run;
  try {
    run = await measureCatalog({
      cwd: io.cwd,
      paths,
      configFile: options.config,
      profile: options.profile,
      // JSON and CSV carry the groups of metrics.md's example unless told which; tables show only those asked for.
      groupBy: groupBy.length > 0 ? groupBy : undefined,
      version: io.version,
      onFile: spinner ? (done, total) => (spinner.text = `guidelint metrics ${done}/${total}`) : undefined,
    });
  } finally {
    spinner?.stop();
  }
  if (run.embeddedCatalog) {
    io.stderr.write(`${renderText(MESSAGES.usingEmbeddedCatalog, { dir: run.embeddedCatalog }, lang)}\n`);
  }
  for (const error of run.toolErrors) {
    io.stderr.write(`${renderText(MESSAGES.internalError, { detail: `${error.file ?? ""} ${error.message}` }, lang)}\n`);
  }
  const { report } = run;
  // The table and Markdown list skipped files themselves; for JSON and CSV, say it where a person looks.
  if (report.skipped.count > 0 && targets.some((t) => t.format === "json" || t.format === "csv")) {
    io.stderr.write(`${renderText(MESSAGES.metricsSkipped, { count: report.skipped.count, files: report.skipped.files.join(", ") }, lang)}\n`);
  }
  for (const target of targets) {
    const style = target.file ? PLAIN : terminalStyle(io.stdout);
    const text = metricsFormatters[target.format](report, { lang, style, groupBy, sort, profile: run.profile });
    if (target.file) writeOutputFile(io.cwd, target.file, text);
    else io.stdout.write(text);
  }
  if (run.toolErrors.length > 0) return 2;
  return report.targets.some((t) => !t.met) ? 1 : 0;
}

/** `--format json --format csv=out.csv -o file`, as the lint command reads it, with the metrics formats. */
function parseMetricsTargets(formats: string[], output: string | undefined): OutputTarget[] {
  const targets = (formats.length > 0 ? formats : ["table"]).map((spec): OutputTarget => {
    const [format, ...rest] = spec.split("=");
    if (!Object.hasOwn(metricsFormatters, format)) {
      throw new UsageError("badFormat", { value: format, available: Object.keys(metricsFormatters).join(", ") });
    }
    const file = rest.join("=");
    return file ? { format, file } : { format };
  });
  if (output) {
    const toStdout = targets.filter((t) => !t.file);
    if (toStdout.length > 0) toStdout[toStdout.length - 1].file = output;
  }
  return targets;
}

/** `--group-by department --group-by region,level` → [department, region, level]. */
export function parseGroupBy(values: string[]): GroupDimension[] {
  const out: GroupDimension[] = [];
  for (const value of values) {
    for (const part of value.split(",").map((p) => p.trim()).filter(Boolean)) {
      if (!(GROUP_DIMENSIONS as readonly string[]).includes(part)) {
        throw new UsageError("badGroupBy", { value: part, available: GROUP_DIMENSIONS.join(", ") });
      }
      if (!out.includes(part as GroupDimension)) out.push(part as GroupDimension);
    }
  }
  return out;
}

function parseSort(value: string | undefined, groupBy: readonly GroupDimension[]): MetricId | undefined {
  if (value === undefined) return undefined;
  if (!isMetricId(value)) {
    const guess = closest(value, METRIC_IDS);
    throw new UsageError("badSortMetric", {
      value,
      suggestion: guess ? { en: ` (did you mean "${guess}"?)`, "zh-CN": `（是否应为“${guess}”？）` } : "",
      available: METRIC_IDS.join(", "),
    });
  }
  if (groupBy.length === 0) throw new UsageError("sortNeedsGroupBy", { value });
  return value;
}
