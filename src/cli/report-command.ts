// `guidelint report`: the auditor's report (lint + same-source + metrics) in one document.
// It is a document, not a gate: it exits 0 whatever it finds (2 when the run itself fails);
// CI gates on `guidelint lint` and `guidelint metrics --profile …`.
import path from "node:path";
import { lint } from "../api.js";
import { UsageError } from "../errors.js";
import { BINARY_REPORT_FORMATS, buildAuditReport, DEFAULT_REPORT_DIMENSIONS, REPORT_FORMATS, type ReportFormat } from "../report/index.js";
import { type CommonOptions, parseChannelOptions } from "./common.js";
import { exportMappingOption } from "./export-mapping-option.js";
import { parseGroupBy, parseSort } from "./metric-options.js";
import { writeAnnotatedCopies } from "./annotate-output.js";
import { reportPeriod } from "./report-period.js";
import { parseOutputSpecs } from "./output-spec.js";
import type { CommandRun } from "./runner.js";
import { RecordUnits, type SplitDimension } from "../report/split-units.js";
import { buildSplitReports } from "../report/split.js";
import { splitFolder, writeSplit } from "../report/split-output.js";
import { previousForReport } from "./compare-report.js";
import { resolvePrevious } from "./compare-previous.js";
import { departmentsOf } from "./compare-departments.js";

interface ReportCommandOptions extends CommonOptions {
  profile?: string;
  annotate?: string;
  asOf?: string;
  groupBy?: string[];
  sort?: string;
  splitBy?: SplitDimension;
  compare?: string;
  browser?: string;
}

const BY_EXTENSION: Record<string, ReportFormat> = {
  ".html": "html",
  ".htm": "html",
  ".md": "markdown",
  ".markdown": "markdown",
  ".csv": "csv",
  ".docx": "docx",
  ".pdf": "pdf",
};

/**
 * `--format html|markdown|csv|docx|pdf[=file]`, else the extension of -o, else html. A file whose extension
 * names another format (`--format csv=report.html`), or that no format has when none was chosen
 * (`-o audit.xlsx`), is refused: HTML in an .xlsx file is a file nobody can open.
 */
export function reportTarget(formats: readonly string[], output: string | undefined): { format: ReportFormat; file?: string } {
  const inferred = output ? BY_EXTENSION[path.extname(output).toLowerCase()] : undefined;
  const target = parseOutputSpecs(formats, output, REPORT_FORMATS, { defaultFormat: inferred ?? "html", single: true })[0];
  const extension = target.file ? path.extname(target.file).toLowerCase() : "";
  // An extension of another report format is refused always; one no format has (.xlsx, .pdf) only
  // when no --format chose the format (`--format csv -o x.txt` is an explicit choice).
  const known = Object.hasOwn(BY_EXTENSION, extension);
  const mismatch = known ? BY_EXTENSION[extension] !== target.format : extension !== "" && formats.length === 0;
  if (target.file && mismatch) {
    const expected = Object.keys(BY_EXTENSION).filter((e) => BY_EXTENSION[e] === target.format);
    throw new UsageError("reportExtensionMismatch", { file: target.file, extension, format: target.format, expected: expected.join(", ") });
  }
  return target;
}

export async function run(cmd: CommandRun, [paths]: unknown[], options: ReportCommandOptions): Promise<number> {
  const { io, lang } = cmd;
  // A split writes many files into the folder -o names: the format comes from --format alone.
  const split = options.splitBy ? { folder: splitFolder(io.cwd, options.output), units: new RecordUnits() } : undefined;
  const target = reportTarget(options.format ?? [], split ? undefined : options.output);
  if (split && target.file) throw new UsageError("splitFormatFile", { format: target.format, file: target.file });
  // Each unit's list with its own change since last period is not built yet: refused, not ignored.
  if (split && options.compare !== undefined) throw new UsageError("splitWithCompare", {});
  // Refused before the run: a Word or PDF file's bytes would garble the terminal.
  if (!split && BINARY_REPORT_FORMATS.has(target.format) && !target.file && io.stdout.isTTY) {
    throw new UsageError("binaryToTerminal", { format: target.format, example: `-o report.${target.format}` });
  }
  const renderOptions = { env: io.env, platform: process.platform, ...(options.browser !== undefined ? { option: options.browser } : {}) };
  if (target.format === "pdf") await (await import("../report/pdf.js")).printerReady(renderOptions);
  const groupBy = parseGroupBy(options.groupBy ?? []);
  const dimensions = [...(groupBy.length > 0 ? groupBy : DEFAULT_REPORT_DIMENSIONS)];
  if (options.splitBy && !dimensions.includes(options.splitBy)) dimensions.push(options.splitBy);
  const sort = parseSort(options.sort);
  const channels = parseChannelOptions(options.channel ?? []);

  // A --compare that names nothing is refused before the catalog is read.
  const previous = options.compare === undefined ? undefined : resolvePrevious(io.cwd, options.compare);
  const exportMapping = exportMappingOption(io.cwd, options);
  // One pass: the findings and the figures come from the same files, with the same profile.
  // `map` moves absolute paths into the previous period's checkout (--compare <git ref>).
  const pass = (cwd: string, map: (p: string) => string, onFile?: (done: number, total: number) => void) =>
    lint({
      cwd,
      paths: (paths as string[]).map(map),
      configFile: options.config === undefined ? undefined : map(options.config),
      profile: options.profile === undefined ? undefined : map(options.profile),
      channels: Object.fromEntries(Object.entries(channels).map(([id, p]) => [id, map(p)])),
      baseCatalog: options.baseCatalog === undefined ? undefined : map(options.baseCatalog),
      metrics: { groupBy: dimensions, version: io.version },
      concurrency: "auto",
      exportMapping,
      // A split reads each record's department and region as the pass goes (one pass, one thread);
      // only this period's pass, not the previous period's (--compare).
      ...(split && cwd === io.cwd ? { onRecord: split.units.hook } : {}),
      onFile,
    });
  const run = await cmd.withProgress("guidelint report", (onFile) => pass(io.cwd, (p) => p, onFile));
  const toolErrors = run.toolErrors;
  cmd.reportRun(run);
  const period = reportPeriod(io.cwd, options.asOf, new Date());
  if (split && options.splitBy) {
    const reports = buildSplitReports(run, split.units, options.splitBy, lang, { sort, quiet: options.quiet, period, regions: run.config.regions });
    await writeSplit(split.folder, options.output!, reports, target.format, (unit) => REPORT_FORMATS[target.format](unit, renderOptions), lang);
    const annotatedToo = options.annotate ? await writeAnnotatedCopies(cmd, run.results, options.annotate) : true;
    return toolErrors.length > 0 || !annotatedToo ? 2 : 0;
  }
  const before = previous ? await previousForReport(cmd, previous, run, pass) : undefined;
  const compare = before ? { previous: before.period, departments: departmentsOf(run.results) } : undefined;
  const report = buildAuditReport(run, { report: run.metrics!, profile: run.profile }, lang, {
    groupBy: dimensions,
    sort,
    quiet: options.quiet,
    period,
    regions: run.config.regions,
    compare,
  });
  // The report's renderers carry no terminal colours. With --annotate and no report asked for
  // (no --format, no -o), the annotated workbooks are the output: no HTML poured onto the terminal.
  const reportAsked = target.file !== undefined || (options.format ?? []).length > 0 || !options.annotate;
  if (reportAsked) {
    cmd.writeDocument(target, await REPORT_FORMATS[target.format](report, renderOptions));
  }
  const annotated = options.annotate ? await writeAnnotatedCopies(cmd, run.results, options.annotate) : true;
  return toolErrors.length > 0 || !annotated || before?.failed ? 2 : 0;
}
