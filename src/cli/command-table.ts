// Every command's name, description, arguments and options, registered cheaply: commander and the
// option words only. The module that does a command's work is imported when that command runs, so
// `guidelint --version` and `--help` load neither the library, Ajv nor the report.
import { Option } from "commander";
import { GuidelintCommand } from "./commander-errors.js";
import type { CommandRun } from "./runner.js";

/** A command module: its options read, its library call made; resolves to the exit code. */
interface CommandModule {
  // The options object is what commander built from this table's definition of the command;
  // each module names the shape it reads.
  // biome-ignore lint/suspicious/noExplicitAny: each command declares its own options type; commander hands over a plain object.
  run(run: CommandRun, args: unknown[], options: any): Promise<number>;
}

export interface CommandEntry {
  define(): GuidelintCommand;
  load(): Promise<CommandModule>;
  isDefault?: boolean;
  /** Option values the command always has (`fix` is `lint --fix`). */
  preset?: Record<string, unknown>;
}

/** Kept equal to the engine's DEFAULT_BASELINE_FILE by a test; importing it here would load the engine. */
export const BASELINE_FILE_NAME = ".guidelint-baseline.json";

const collect = (value: string, previous: string[] = []) => [...previous, value];
const PATHS = ["[paths...]", "files, folders or globs (default: the config's catalog, else ./catalog)"] as const;
const langOption = () => new Option("--lang <lang>", "message language: zh-CN | en (default: from LANG / LC_ALL)");

/** Options every catalog command takes (cli.md "Options every command takes"). */
function commonOptions(): Option[] {
  return [
    new Option("-c, --config <file>", "config file (default: nearest guidelint.config.yaml / .guidelintrc.yaml upward)"),
    new Option("--format <name[=file]>", "output format, repeatable, each with its own file").argParser(collect),
    new Option("-o, --output <file>", "write the (single) format to a file"),
    langOption(),
    new Option("--quiet", "report errors only"),
    new Option("--max-warnings <n>", "exit 1 when warnings exceed n"),
    new Option("--no-progress", "no spinner (off anyway when stderr is not a terminal or CI is set)"),
    new Option("--channel <id=path>", "add or override a channel snapshot, repeatable").argParser(collect),
    new Option("--base-catalog <path>", "the basic catalog (基本目录)"),
    new Option("-m, --mapping <file>", "how workbook, CSV and JSON exports are read: an import mapping file (docs/import-mapping.md)"),
  ];
}

function compareOption(): Option {
  return new Option(
    "--compare <previous>",
    "the previous period: a saved `metrics --format json` file or a git ref of the catalog (HEAD~1, a tag); shows changes and rank movements",
  );
}

function withOptions(command: GuidelintCommand, options: Option[]): GuidelintCommand {
  for (const option of options) command.addOption(option);
  return command;
}

function lintDefinition(name: "lint" | "fix"): GuidelintCommand {
  return withOptions(
    new GuidelintCommand(name)
      .description(name === "fix" ? "apply safe fixes in place, then report what remains" : "check service guides against the schema and every enabled rule")
      .argument(...PATHS),
    [
      new Option("--rule <id:severity>", "set a rule's severity (off | warning | error), repeatable").argParser(collect),
      new Option("--profile <name|file>", "policy profile whose targets set rule defaults (time-limit-compression's min)"),
      new Option("--report-unused-disables", "report guidelint-disable comments that suppress nothing"),
      new Option("--baseline <file>", `fail only on findings not recorded in this baseline (default file with --update-baseline: ${BASELINE_FILE_NAME})`),
      new Option("--update-baseline", "record today's findings in the baseline file"),
      new Option("--fix", "apply safe fixes in place (atomic writes), then report what remains").hideHelp(name === "fix"),
      new Option("--fix-dry-run", "print the safe fixes as a unified diff; write nothing; exit 1 when errors would remain"),
      ...(name === "fix" ? [new Option("--dry-run", "the same as --fix-dry-run")] : []),
      new Option("--unsafe", "with --fix: also apply each finding's suggestion (a successor law, a material removed…): review the diff"),
      new Option("--fix-type <rules>", "with --fix: fix only these rules' findings (ids, comma-separated or repeated)").argParser(collect),
      new Option("--changed [git-ref]", "only files changed since the ref (default HEAD), and untracked ones; cross-file rules still see the whole catalog"),
      new Option("--shard <i/n>", "only the i-th of n slices of the files (CI matrix jobs)"),
      new Option("--facts-out <file>", "with --shard: write this slice's outcomes for `guidelint merge` (the catalog-wide rules run there)"),
      ...passOptions(),
      ...commonOptions(),
    ],
  );
}

/** How the per-file pass runs: the cache and worker threads. */
function passOptions(): Option[] {
  return [
    new Option("--cache", "reuse the findings and facts of unchanged files (kept in --cache-location)"),
    new Option("--cache-location <file>", "the cache file (default: .guidelintcache in the working directory)"),
    new Option("--cache-strategy <strategy>", "metadata: unchanged size and time; content: unchanged bytes (default: metadata)"),
    new Option("--concurrency <n|auto|off>", "worker threads for the per-file pass (default: auto: workers for large catalogs)"),
  ];
}

export const COMMANDS: readonly CommandEntry[] = [
  { define: () => lintDefinition("lint"), load: () => import("./lint-command.js"), isDefault: true },
  {
    define: () =>
      withOptions(
        new GuidelintCommand("metrics")
          .description("audit figures (compression, runs, online depth, …), overall or by group, against a profile's targets; exit 1 when one is missed")
          .argument(...PATHS),
        [
          new Option("--profile <name|file>", "policy profile: a built-in name or a YAML file (default: the config's profile)"),
          new Option("--group-by <dimension>", "also by department, region, level, type or subject; repeatable or comma-separated").argParser(collect),
          new Option("--sort <metricId>", "rank groups by this figure, best first (highest; lowest for meanRuns)"),
          compareOption(),
          ...commonOptions(),
        ],
      ),
    load: () => import("./metrics-command.js"),
  },
  {
    define: () =>
      withOptions(
        new GuidelintCommand("sources")
          .description("compare what each channel publishes with the master records, field by field")
          .argument("[paths...]", "files, folders or globs of master records (default: the config's catalog)"),
        commonOptions(),
      ),
    load: () => import("./sources-command.js"),
  },
  {
    define: () =>
      withOptions(
        new GuidelintCommand("rules")
          .description("list the rules (default severity, fixable, docs page), or print one rule's docs")
          .argument("[id]", "a rule id: print its docs page"),
        [langOption(), new Option("--format <name>", "text | json")],
      ),
    load: () => import("./rules-command.js"),
  },
  { define: () => lintDefinition("fix"), load: () => import("./lint-command.js"), preset: { fix: true } },
  {
    define: () =>
      withOptions(
        new GuidelintCommand("merge")
          .description("the whole catalog's result from the facts files of `lint --shard i/n --facts-out`: runs the catalog-wide and same-source rules")
          .argument("<facts...>", "the facts file of every shard"),
        [
          new Option("--rule <id:severity>", "set a rule's severity (off | warning | error), repeatable").argParser(collect),
          new Option("--profile <name|file>", "policy profile whose targets set rule defaults"),
          new Option("--report-unused-disables", "report guidelint-disable comments that suppress nothing"),
          new Option("--baseline <file>", "fail only on findings not recorded in this baseline"),
          ...commonOptions(),
        ],
      ),
    load: () => import("./merge-command.js"),
  },
  {
    define: () =>
      withOptions(
        new GuidelintCommand("import")
          .description(
            "turn platform exports (XLSX/XLS workbooks or CSV with the national element names, Guangxi or Zhejiang JSON) into one YAML record per item",
          )
          .argument("<exports...>", "XLSX or XLS workbooks (BIFF, SpreadsheetML 2003 or HTML, read by content), CSV (UTF-8 or GBK) or JSON export files"),
        [
          new Option("--out <dir>", "the catalog folder to write <region>/<department>/<code>.yaml into (needed unless --print-mapping)"),
          new Option("-m, --mapping <file>", "a mapping file (YAML or JSON): header row, columns, codes, defaults, rows to skip (docs/import-mapping.md)"),
          new Option(
            "--preset <name>",
            "header words and codes of a platform: auto | national | guangxi | zhejiang | sichuan | form (default: the mapping's, else auto)",
          ),
          new Option("--print-mapping", "print each table's header row and each column's field instead of importing"),
          new Option("--format <format>", "with --print-mapping: text (default) or yaml, a mapping file to edit and pass back with --mapping"),
          langOption(),
        ],
      ),
    load: () => import("./import-command.js"),
  },
  {
    define: () =>
      withOptions(
        new GuidelintCommand("export")
          .description("write master records back in the platform's upload layout (XLSX or CSV with the national element names and codes)")
          .argument("<catalog...>", "files, folders or globs of master records"),
        [
          new Option("-o, --output <file>", "the file to write: .xlsx, or .csv (UTF-8 with BOM)").makeOptionMandatory(),
          new Option("--labels", "write labels (行政许可, 工作日) instead of the national codes (01, 1)"),
          new Option(
            "-m, --mapping <file>",
            "an import mapping file: each field is written under the header its `columns` map to it (the inverse of the import)",
          ),
          new Option("-c, --config <file>", "config file (default: nearest guidelint.config.yaml / .guidelintrc.yaml upward)"),
          langOption(),
        ],
      ),
    load: () => import("./export-command.js"),
  },
  {
    define: () =>
      withOptions(
        new GuidelintCommand("init").description(
          "write a starter config, an example item, .vscode/settings.json and extension recommendations (existing files are kept unless --force)",
        ),
        [new Option("--force", "overwrite files that exist"), langOption()],
      ),
    load: () => import("./init-command.js"),
  },
  {
    define: () =>
      withOptions(
        new GuidelintCommand("report")
          .description(
            "the auditor's report: catalog at a glance, figures against the profile's targets, rankings, every finding with its diff (exit 0: gate with lint/metrics)",
          )
          .argument(...PATHS),
        [
          new Option("--profile <name|file>", "policy profile: a built-in name or a YAML file (default: the config's profile)"),
          new Option("--group-by <dimension>", "groups to rank (default: department,region); repeatable or comma-separated").argParser(collect),
          new Option("--sort <metricId>", "the figure groups are ranked by (default: the first missed target's)"),
          new Option("--as-of <date>", "the date the figures stand at (统计截至, YYYY-MM-DD; default: the catalog's last commit, else today)"),
          new Option("--annotate <file>", "also write each workbook or CSV export checked as <file>.xlsx: faulty cells filled and noted, a findings sheet"),
          new Option("--split-by <dimension>", "write one rectification list (整改清单) per unit into the folder -o names, and an index").choices([
            "department",
            "region",
          ]),
          compareOption(),
          new Option(
            "--browser <file>",
            "--format pdf: the Chromium, Chrome or Edge to print with (default: GUIDELINT_BROWSER, else the usual install places)",
          ),
          ...commonOptions(),
        ],
      ),
    load: () => import("./report-command.js"),
  },
  {
    define: () =>
      withOptions(new GuidelintCommand("lsp").description("the language server: every finding of an open file as diagnostics, fixes as code actions"), [
        new Option("--stdio", "talk to the editor over stdin/stdout (the one transport)"),
        new Option("-c, --config <file>", "config file (default: nearest guidelint.config.yaml / .guidelintrc.yaml upward)"),
        ...passOptions().filter((option) => option.long !== "--concurrency"),
      ]),
    load: () => import("./lsp-command.js"),
  },
];
