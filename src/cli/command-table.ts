// Every command's name, description, arguments and options, registered cheaply: commander and the
// option words only. The module that does a command's work is imported when that command runs, so
// `guidelint --version` and `--help` load neither the library, Ajv nor the report.
import { Argument, Option } from "commander";
import { zh } from "../i18n/help-text.js";
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
const paths = () =>
  zh(
    new Argument("[paths...]", "files, folders or globs (default: the config's catalog, else ./catalog)"),
    "文件、文件夹或通配模式（默认：配置中的 catalog，否则 ./catalog）",
  );
const langOption = () =>
  zh(new Option("--lang <lang>", "message language: zh-CN | en (default: from LANG / LC_ALL)"), "输出语言：zh-CN | en（默认：按 LANG / LC_ALL）");

/** Options every catalog command takes (cli.md "Options every command takes"). */
function commonOptions(): Option[] {
  return [
    zh(
      new Option("-c, --config <file>", "config file (default: nearest guidelint.config.yaml / .guidelintrc.yaml upward)"),
      "配置文件（默认：向上查找最近的 guidelint.config.yaml / .guidelintrc.yaml）",
    ),
    zh(new Option("--format <name[=file]>", "output format, repeatable, each with its own file"), "输出格式，可重复，每种格式可写入各自的文件").argParser(
      collect,
    ),
    zh(new Option("-o, --output <file>", "write the (single) format to a file"), "把（唯一的）输出格式写入文件"),
    langOption(),
    zh(new Option("--quiet", "report errors only"), "只报告错误"),
    zh(new Option("--max-warnings <n>", "exit 1 when warnings exceed n"), "警告数超过 n 时退出码为 1"),
    zh(
      new Option("--no-progress", "no spinner (off anyway when stderr is not a terminal or CI is set)"),
      "不显示进度动画（stderr 不是终端或设置了 CI 时本就不显示）",
    ),
    zh(new Option("--channel <id=path>", "add or override a channel snapshot, repeatable"), "添加或覆盖一个渠道快照，可重复").argParser(collect),
    zh(new Option("--base-catalog <path>", "the basic catalog (基本目录)"), "基本目录"),
    zh(
      new Option("-m, --mapping <file>", "how workbook, CSV and JSON exports are read: an import mapping file (docs/import-mapping.md)"),
      "如何读取工作簿、CSV 和 JSON 导出文件：导入映射文件（docs/import-mapping.md）",
    ),
  ];
}

function compareOption(): Option {
  return zh(
    new Option(
      "--compare <previous>",
      "the previous period: a saved `metrics --format json` file or a git ref of the catalog (HEAD~1, a tag); shows changes and rank movements",
    ),
    "上一期：保存的 `metrics --format json` 文件或目录的 git 引用（HEAD~1、标签）；显示变化和名次升降",
  );
}

function withOptions(command: GuidelintCommand, options: Option[]): GuidelintCommand {
  for (const option of options) command.addOption(option);
  return command;
}

function lintDefinition(name: "lint" | "fix"): GuidelintCommand {
  return withOptions(
    zh(
      new GuidelintCommand(name).description(
        name === "fix" ? "apply safe fixes in place, then report what remains" : "check service guides against the schema and every enabled rule",
      ),
      name === "fix" ? "就地应用安全修复，再报告剩余问题" : "按要素规范（JSON Schema）和每条启用的规则检查办事指南",
    ).addArgument(paths()),
    [
      zh(
        new Option("--rule <id:severity>", "set a rule's severity (off | warning | error), repeatable"),
        "设置规则级别（off | warning | error），可重复",
      ).argParser(collect),
      zh(
        new Option("--profile <name|file>", "policy profile whose targets set rule defaults (time-limit-compression's min)"),
        "政策目标档案，其目标值作为规则默认值（如 time-limit-compression 的 min）",
      ),
      zh(new Option("--report-unused-disables", "report guidelint-disable comments that suppress nothing"), "报告没有屏蔽任何问题的 guidelint-disable 注释"),
      zh(
        new Option("--baseline <file>", `fail only on findings not recorded in this baseline (default file with --update-baseline: ${BASELINE_FILE_NAME})`),
        `只对未记入该基线的问题报错（与 --update-baseline 同用时默认文件：${BASELINE_FILE_NAME}）`,
      ),
      zh(new Option("--update-baseline", "record today's findings in the baseline file"), "把当前的问题记入基线文件"),
      zh(new Option("--fix", "apply safe fixes in place (atomic writes), then report what remains"), "就地应用安全修复（原子写入），再报告剩余问题").hideHelp(
        name === "fix",
      ),
      zh(
        new Option("--fix-dry-run", "print the safe fixes as a unified diff; write nothing; exit 1 when errors would remain"),
        "以统一差异格式打印安全修复，不写入文件；修复后仍有错误时退出码为 1",
      ),
      ...(name === "fix" ? [zh(new Option("--dry-run", "the same as --fix-dry-run"), "同 --fix-dry-run")] : []),
      zh(
        new Option("--unsafe", "with --fix: also apply each finding's suggestion (a successor law, a material removed…): review the diff"),
        "与 --fix 同用：同时应用每个问题的修改建议（替换为新法、删除材料等），请审阅改动",
      ),
      zh(
        new Option("--fix-type <rules>", "with --fix: fix only these rules' findings (ids, comma-separated or repeated)"),
        "与 --fix 同用：只修复这些规则的问题（规则编号，逗号分隔或重复）",
      ).argParser(collect),
      zh(
        new Option("--changed [git-ref]", "only files changed since the ref (default HEAD), and untracked ones; cross-file rules still see the whole catalog"),
        "只检查自该版本（默认 HEAD）以来改动的文件及未跟踪文件；跨文件规则仍读取整个目录",
      ),
      zh(new Option("--shard <i/n>", "only the i-th of n slices of the files (CI matrix jobs)"), "只检查文件分成 n 片后的第 i 片（CI 矩阵任务）"),
      zh(
        new Option("--facts-out <file>", "with --shard: write this slice's outcomes for `guidelint merge` (the catalog-wide rules run there)"),
        "与 --shard 同用：写出本分片结果供 `guidelint merge` 汇总（全目录规则在汇总时运行）",
      ),
      ...passOptions(),
      ...commonOptions(),
    ],
  );
}

/** How the per-file pass runs: the cache and worker threads. */
function passOptions(): Option[] {
  return [
    zh(
      new Option("--cache", "reuse the findings and facts of unchanged files (kept in --cache-location)"),
      "复用未改动文件的检查结果和事实（保存在 --cache-location）",
    ),
    zh(
      new Option("--cache-location <file>", "the cache file (default: .guidelintcache in the working directory)"),
      "缓存文件（默认：工作目录下的 .guidelintcache）",
    ),
    zh(
      new Option("--cache-strategy <strategy>", "metadata: unchanged size and time; content: unchanged bytes (default: metadata)"),
      "metadata：大小和修改时间不变即视为未改动；content：内容字节不变（默认：metadata）",
    ),
    zh(
      new Option("--concurrency <n|auto|off>", "worker threads for the per-file pass (default: auto: workers for large catalogs)"),
      "逐文件检查所用的工作线程（默认：auto，目录较大时启用）",
    ),
  ];
}

export const COMMANDS: readonly CommandEntry[] = [
  { define: () => lintDefinition("lint"), load: () => import("./lint-command.js"), isDefault: true },
  {
    define: () =>
      withOptions(
        zh(
          new GuidelintCommand("metrics").description(
            "audit figures (compression, runs, online depth, …), overall or by group, against a profile's targets; exit 1 when one is missed",
          ),
          "审计指标（时限压缩、跑动次数、网上办理深度等），总体或分组，对照政策目标；有目标未达成时退出码为 1",
        ).addArgument(paths()),
        [
          zh(
            new Option("--profile <name|file>", "policy profile: a built-in name or a YAML file (default: the config's profile)"),
            "政策目标档案：内置名称或 YAML 文件（默认：配置中的 profile）",
          ),
          zh(
            new Option("--group-by <dimension>", "also by department, region, level, type or subject; repeatable or comma-separated"),
            "另按部门、地区、层级、事项类型或服务对象分组统计；可重复或用逗号分隔",
          ).argParser(collect),
          zh(
            new Option("--sort <metricId>", "rank groups by this figure, best first (highest; lowest for meanRuns)"),
            "按该指标给分组排名，最好的在前（值越高越好；meanRuns 越低越好）",
          ),
          compareOption(),
          ...commonOptions(),
        ],
      ),
    load: () => import("./metrics-command.js"),
  },
  {
    define: () =>
      withOptions(
        zh(
          new GuidelintCommand("sources").description("compare what each channel publishes with the master records, field by field"),
          "逐要素比较各渠道发布的内容与主数据是否一致（同源发布）",
        ).addArgument(
          zh(
            new Argument("[paths...]", "files, folders or globs of master records (default: the config's catalog)"),
            "主数据的文件、文件夹或通配模式（默认：配置中的 catalog）",
          ),
        ),
        commonOptions(),
      ),
    load: () => import("./sources-command.js"),
  },
  {
    define: () =>
      withOptions(
        zh(
          new GuidelintCommand("rules").description("list the rules (default severity, fixable, docs page), or print one rule's docs"),
          "列出规则（默认级别、能否自动修复、说明文档），或打印某条规则的说明",
        ).addArgument(zh(new Argument("[id]", "a rule id: print its docs page"), "规则编号：打印该规则的说明文档")),
        [langOption(), zh(new Option("--format <name>", "text | json"), "text | json")],
      ),
    load: () => import("./rules-command.js"),
  },
  { define: () => lintDefinition("fix"), load: () => import("./lint-command.js"), preset: { fix: true } },
  {
    define: () =>
      withOptions(
        zh(
          new GuidelintCommand("merge").description(
            "the whole catalog's result from the facts files of `lint --shard i/n --facts-out`: runs the catalog-wide and same-source rules",
          ),
          "由 `lint --shard i/n --facts-out` 的各分片事实文件得出整个目录的结果：运行全目录规则和同源规则",
        ).addArgument(zh(new Argument("<facts...>", "the facts file of every shard"), "每个分片的事实文件")),
        [
          zh(
            new Option("--rule <id:severity>", "set a rule's severity (off | warning | error), repeatable"),
            "设置规则级别（off | warning | error），可重复",
          ).argParser(collect),
          zh(new Option("--profile <name|file>", "policy profile whose targets set rule defaults"), "政策目标档案，其目标值作为规则默认值"),
          zh(
            new Option("--report-unused-disables", "report guidelint-disable comments that suppress nothing"),
            "报告没有屏蔽任何问题的 guidelint-disable 注释",
          ),
          zh(new Option("--baseline <file>", "fail only on findings not recorded in this baseline"), "只对未记入该基线的问题报错"),
          ...commonOptions(),
        ],
      ),
    load: () => import("./merge-command.js"),
  },
  {
    define: () =>
      withOptions(
        zh(
          new GuidelintCommand("import").description(
            "turn platform exports (XLSX/XLS workbooks or CSV with the national element names, Guangxi or Zhejiang JSON) into one YAML record per item",
          ),
          "把平台导出（使用国家要素名称的 XLSX/XLS 工作簿或 CSV、广西或浙江的 JSON）转成每个事项一个 YAML 记录",
        ).addArgument(
          zh(
            new Argument("<exports...>", "XLSX or XLS workbooks (BIFF, SpreadsheetML 2003 or HTML, read by content), CSV (UTF-8 or GBK) or JSON export files"),
            "XLSX 或 XLS 工作簿（BIFF、SpreadsheetML 2003 或 HTML，按内容识别）、CSV（UTF-8 或 GBK）或 JSON 导出文件",
          ),
        ),
        [
          zh(
            new Option("--out <dir>", "the catalog folder to write <region>/<department>/<code>.yaml into (needed unless --print-mapping)"),
            "写入 <地区>/<部门>/<编码>.yaml 的目录文件夹（除 --print-mapping 外必填）",
          ),
          zh(
            new Option("-m, --mapping <file>", "a mapping file (YAML or JSON): header row, columns, codes, defaults, rows to skip (docs/import-mapping.md)"),
            "映射文件（YAML 或 JSON）：表头行、列、代码、默认值、跳过的行（docs/import-mapping.md）",
          ),
          zh(
            new Option(
              "--preset <name>",
              "header words and codes of a platform: auto | national | guangxi | zhejiang | sichuan | form (default: the mapping's, else auto)",
            ),
            "平台的表头用语和代码：auto | national | guangxi | zhejiang | sichuan | form（默认：映射文件中的，否则 auto）",
          ),
          zh(
            new Option("--print-mapping", "print each table's header row and each column's field instead of importing"),
            "不导入，打印每张表的表头行和每列对应的要素",
          ),
          zh(
            new Option("--format <format>", "with --print-mapping: text (default) or yaml, a mapping file to edit and pass back with --mapping"),
            "与 --print-mapping 同用：text（默认）或 yaml（可编辑后用 --mapping 传回的映射文件）",
          ),
          langOption(),
        ],
      ),
    load: () => import("./import-command.js"),
  },
  {
    define: () =>
      withOptions(
        zh(
          new GuidelintCommand("export").description(
            "write master records back in the platform's upload layout (XLSX or CSV with the national element names and codes)",
          ),
          "按平台上传格式写回主数据（使用国家要素名称和代码的 XLSX 或 CSV）",
        ).addArgument(zh(new Argument("<catalog...>", "files, folders or globs of master records"), "主数据的文件、文件夹或通配模式")),
        [
          zh(
            new Option("-o, --output <file>", "the file to write: .xlsx, or .csv (UTF-8 with BOM)"),
            "要写入的文件：.xlsx 或 .csv（带 BOM 的 UTF-8）",
          ).makeOptionMandatory(),
          zh(
            new Option("--labels", "write labels (行政许可, 工作日) instead of the national codes (01, 1)"),
            "写入名称（行政许可、工作日）而不是国家标准代码（01、1）",
          ),
          zh(
            new Option(
              "-m, --mapping <file>",
              "an import mapping file: each field is written under the header its `columns` map to it (the inverse of the import)",
            ),
            "导入映射文件：每个要素写到其 `columns` 所对应的表头下（与导入相反）",
          ),
          zh(
            new Option("-c, --config <file>", "config file (default: nearest guidelint.config.yaml / .guidelintrc.yaml upward)"),
            "配置文件（默认：向上查找最近的 guidelint.config.yaml / .guidelintrc.yaml）",
          ),
          langOption(),
        ],
      ),
    load: () => import("./export-command.js"),
  },
  {
    define: () =>
      withOptions(
        zh(
          new GuidelintCommand("init").description(
            "write a starter config, an example item, .vscode/settings.json and extension recommendations (existing files are kept unless --force)",
          ),
          "写出初始配置、示例事项、.vscode/settings.json 和推荐扩展（已有文件保留，除非 --force）",
        ),
        [zh(new Option("--force", "overwrite files that exist"), "覆盖已有文件"), langOption()],
      ),
    load: () => import("./init-command.js"),
  },
  {
    define: () =>
      withOptions(
        zh(
          new GuidelintCommand("report").description(
            "the auditor's report: catalog at a glance, figures against the profile's targets, rankings, every finding with its diff (exit 0: gate with lint/metrics)",
          ),
          "审计报告：目录概况、对照政策目标的指标、排名、每个问题及其差异（退出码总为 0：用 lint/metrics 把关）",
        ).addArgument(paths()),
        [
          zh(
            new Option("--profile <name|file>", "policy profile: a built-in name or a YAML file (default: the config's profile)"),
            "政策目标档案：内置名称或 YAML 文件（默认：配置中的 profile）",
          ),
          zh(
            new Option("--group-by <dimension>", "groups to rank (default: department,region); repeatable or comma-separated"),
            "要排名的分组（默认：department,region）；可重复或用逗号分隔",
          ).argParser(collect),
          zh(
            new Option("--sort <metricId>", "the figure groups are ranked by (default: the first missed target's)"),
            "分组排名所依据的指标（默认：第一个未达标的指标）",
          ),
          zh(
            new Option("--as-of <date>", "the date the figures stand at (统计截至, YYYY-MM-DD; default: the catalog's last commit, else today)"),
            "统计截至日期（YYYY-MM-DD；默认：目录最后一次提交的日期，否则为今天）",
          ),
          zh(
            new Option("--annotate <file>", "also write each workbook or CSV export checked as <file>.xlsx: faulty cells filled and noted, a findings sheet"),
            "另把检查过的每个工作簿或 CSV 导出写成 <file>.xlsx：有问题的单元格标色并加批注，附问题清单表",
          ),
          zh(
            new Option("--split-by <dimension>", "write one rectification list (整改清单) per unit into the folder -o names, and an index"),
            "为每个单位各写一份整改清单到 -o 指定的文件夹，并写索引",
          ).choices(["department", "region"]),
          compareOption(),
          zh(
            new Option(
              "--browser <file>",
              "--format pdf: the Chromium, Chrome or Edge to print with (default: GUIDELINT_BROWSER, else the usual install places)",
            ),
            "--format pdf：用于打印的 Chromium、Chrome 或 Edge（默认：GUIDELINT_BROWSER，否则在常见安装位置查找）",
          ),
          ...commonOptions(),
        ],
      ),
    load: () => import("./report-command.js"),
  },
  {
    define: () =>
      withOptions(
        zh(
          new GuidelintCommand("lsp").description("the language server: every finding of an open file as diagnostics, fixes as code actions"),
          "语言服务器：把打开文件的每个问题作为诊断显示，修复作为代码操作",
        ),
        [
          zh(new Option("--stdio", "talk to the editor over stdin/stdout (the one transport)"), "通过标准输入输出与编辑器通信（唯一的传输方式）"),
          zh(
            new Option("-c, --config <file>", "config file (default: nearest guidelint.config.yaml / .guidelintrc.yaml upward)"),
            "配置文件（默认：向上查找最近的 guidelint.config.yaml / .guidelintrc.yaml）",
          ),
          ...passOptions().filter((option) => option.long !== "--concurrency"),
        ],
      ),
    load: () => import("./lsp-command.js"),
  },
];
