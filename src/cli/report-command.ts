// `guidelint report`: the auditor's report (lint + same-source + metrics) in one document.
// It is a document, not a gate: it exits 0 whatever it finds (2 when the run itself fails);
// CI gates on `guidelint lint` and `guidelint metrics --profile …`.
import path from "node:path";
import { Command, Option } from "commander";
import ora from "ora";
import { lint } from "../api.js";
import { UsageError } from "../errors.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import { isMetricId, METRIC_IDS, type MetricId } from "../metrics/definitions.js";
import { buildAuditReport, DEFAULT_REPORT_DIMENSIONS, REPORT_FORMATS, type ReportFormat } from "../report/index.js";
import { closest } from "../text/similar.js";
import { type CommonOptions, commonOptions, parseChannelOptions, resolveLang } from "./common.js";
import type { CliIo } from "./io.js";
import { parseGroupBy } from "./metrics-command.js";
import { writeOutputFile } from "./output.js";

interface ReportCommandOptions extends CommonOptions {
  profile?: string;
  groupBy?: string[];
  sort?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

const BY_EXTENSION: Record<string, ReportFormat> = { ".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".csv": "csv" };

export function reportCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  const command = new Command("report")
    .description("the auditor's report: catalog at a glance, figures against the profile's targets, rankings, every finding with its diff (exit 0: gate with lint/metrics)")
    .argument("[paths...]", "files, folders or globs (default: the config's catalog, else ./catalog)")
    .addOption(new Option("--profile <name|file>", "policy profile: a built-in name or a YAML file (default: the config's profile)"))
    .addOption(new Option("--group-by <dimension>", "groups to rank (default: department,region); repeatable or comma-separated").argParser(collect))
    .addOption(new Option("--sort <metricId>", "the figure groups are ranked by (default: the first missed target's)"));
  for (const option of commonOptions()) command.addOption(option);
  command.action(async (paths: string[], options: ReportCommandOptions) => {
    setExitCode(await runReport(io, paths, options));
  });
  return command;
}

/** `--format html|markdown|csv[=file]`, else the extension of -o, else html. */
export function reportTarget(formats: readonly string[], output: string | undefined): { format: ReportFormat; file?: string } {
  if (formats.length > 1) throw new UsageError("badFormat", { value: formats.join(" "), available: Object.keys(REPORT_FORMATS).join(", ") });
  if (formats.length === 1) {
    const [format, ...rest] = formats[0].split("=");
    if (!Object.hasOwn(REPORT_FORMATS, format)) throw new UsageError("badFormat", { value: format, available: Object.keys(REPORT_FORMATS).join(", ") });
    return { format: format as ReportFormat, file: rest.join("=") || output };
  }
  const inferred = output ? BY_EXTENSION[path.extname(output).toLowerCase()] : undefined;
  return { format: inferred ?? "html", file: output };
}

function parseSort(value: string | undefined): MetricId | undefined {
  if (value === undefined) return undefined;
  if (isMetricId(value)) return value;
  const guess = closest(value, METRIC_IDS);
  throw new UsageError("badSortMetric", {
    value,
    suggestion: guess ? { en: ` (did you mean "${guess}"?)`, "zh-CN": `（是否应为“${guess}”？）` } : "",
    available: METRIC_IDS.join(", "),
  });
}

async function runReport(io: CliIo, paths: string[], options: ReportCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const target = reportTarget(options.format ?? [], options.output);
  const groupBy = parseGroupBy(options.groupBy ?? []);
  const dimensions = groupBy.length > 0 ? groupBy : DEFAULT_REPORT_DIMENSIONS;
  const sort = parseSort(options.sort);
  const channels = parseChannelOptions(options.channel ?? []);

  const showProgress = options.progress && io.stderr.isTTY === true && !io.env.CI;
  const spinner = showProgress ? ora({ stream: io.stderr, text: "guidelint report" }).start() : undefined;
  let run;
  try {
    // One pass: the findings and the figures come from the same files, with the same profile.
    run = await lint({
      cwd: io.cwd,
      paths,
      configFile: options.config,
      profile: options.profile,
      channels,
      baseCatalog: options.baseCatalog,
      metrics: { groupBy: dimensions, version: io.version },
    });
  } finally {
    spinner?.stop();
  }
  if (run.embeddedCatalog) io.stderr.write(`${renderText(MESSAGES.usingEmbeddedCatalog, { dir: run.embeddedCatalog }, lang)}\n`);
  const toolErrors = run.toolErrors;
  for (const error of toolErrors) {
    io.stderr.write(`${renderText(MESSAGES.internalError, { detail: `${error.file ?? ""} ${error.message}` }, lang)}\n`);
  }
  const report = buildAuditReport(run, { report: run.metrics!, profile: run.profile }, lang, { groupBy: dimensions, sort, quiet: options.quiet });
  const text = REPORT_FORMATS[target.format](report);
  if (target.file) writeOutputFile(io.cwd, target.file, text);
  else io.stdout.write(text);
  return toolErrors.length > 0 ? 2 : 0;
}
