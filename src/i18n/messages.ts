import { SEVERITY_WORDS } from "./common-words.js";
import type { LocalizedText } from "./localized.js";

// Messages that belong to the tool rather than to a rule: config, command line, summaries.
export const MESSAGES = {
  configUnreadable: {
    en: "Cannot read the config file {{file}}: {{detail}}.",
    "zh-CN": "无法读取配置文件 {{file}}：{{detail}}。",
  },
  configSyntax: {
    en: "The config file {{file}} is not valid YAML (line {{line}}, column {{column}}): {{detail}}.",
    "zh-CN": "配置文件 {{file}} 不是有效的 YAML（第{{line}}行第{{column}}列）：{{detail}}。",
  },
  configInvalid: {
    en: "Config {{file}}: {{key}} {{problem}}.",
    "zh-CN": "配置文件 {{file}}：{{key}} {{problem}}。",
  },
  configUnknownKey: {
    en: 'Config {{file}}: unknown key "{{key}}"{{suggestion}}.',
    "zh-CN": "配置文件 {{file}}：未知配置项“{{key}}”{{suggestion}}。",
  },
  configUnknownRule: {
    en: 'Config {{file}}: {{key}} names an unknown rule "{{rule}}"{{suggestion}}; `guidelint rules` lists them.',
    "zh-CN": "配置文件 {{file}}：{{key}} 中的规则“{{rule}}”不存在{{suggestion}}；运行 `guidelint rules` 查看全部规则。",
  },
  configBadOptions: {
    en: "Config {{file}}: options of rule {{rule}} at {{key}} {{problem}}.",
    "zh-CN": "配置文件 {{file}}：{{key}} 处规则 {{rule}} 的选项 {{problem}}。",
  },
  listUnreadable: {
    en: "Cannot read the {{list}} list {{file}} (from config key lists.{{list}}): {{detail}}.",
    "zh-CN": "无法读取参考清单 {{file}}（配置项 lists.{{list}}）：{{detail}}。",
  },
  listInvalid: {
    en: "The {{list}} list {{file}}: entry {{index}} needs a `name` (text) and optional `aliases` (a list of texts).",
    "zh-CN": "参考清单 {{file}}（{{list}}）：第{{index}}项须有 `name`（文本），`aliases` 可选（文本列表）。",
  },
  noFilesMatched: {
    en: "No files matched {{pattern}}. Check the path, or quote a glob so the shell does not expand it.",
    "zh-CN": "没有文件匹配 {{pattern}}。请检查路径；glob 请加引号，避免被命令行提前展开。",
  },
  noCatalog: {
    en: "No catalog to check: give paths, set `catalog` in guidelint.config.yaml, or run in a folder with ./catalog.",
    "zh-CN": "没有可检查的目录：请指定路径、在 guidelint.config.yaml 中设置 `catalog`，或在含 ./catalog 的文件夹中运行。",
  },
  badRuleOption: {
    en: 'Option --rule "{{value}}" must be <rule-id>:<off|warning|error>{{suggestion}}.',
    "zh-CN": "选项 --rule “{{value}}” 应为 <规则ID>:<off|warning|error>{{suggestion}}。",
  },
  badMaxWarnings: {
    en: 'Option --max-warnings "{{value}}" must be a whole number ≥ 0.',
    "zh-CN": "选项 --max-warnings “{{value}}” 应为不小于0的整数。",
  },
  badFormat: {
    en: 'Unknown format "{{value}}"{{suggestion}}; available: {{available}}.',
    "zh-CN": "未知输出格式“{{value}}”{{suggestion}}；可选：{{available}}。",
  },
  badLang: {
    en: 'Unknown language "{{value}}"; use zh-CN or en.',
    "zh-CN": "未知语言“{{value}}”；请使用 zh-CN 或 en。",
  },
  internalError: {
    en: "guidelint failed (this is a bug in guidelint, please report it): {{detail}}",
    "zh-CN": "guidelint 内部错误（请报告此问题）：{{detail}}",
  },
  baseCatalogUnreadable: {
    en: "Cannot read the basic catalog {{file}} (config key baseCatalog or --base-catalog): {{detail}}.",
    "zh-CN": "无法读取基本目录 {{file}}（配置项 baseCatalog 或 --base-catalog）：{{detail}}。",
  },
  baseCatalogInvalid: {
    en: "The basic catalog entry {{file}} has no baseCode: each entry needs { baseCode, name, type }.",
    "zh-CN": "基本目录条目 {{file}} 缺少 baseCode：每个条目应包含 { baseCode, name, type }。",
  },
  badChannelOption: {
    en: 'Option --channel "{{value}}" must be <id>=<path>, e.g. --channel pc=snapshots/pc.',
    "zh-CN": "选项 --channel “{{value}}” 应为 <渠道标识>=<路径>，如 --channel pc=snapshots/pc。",
  },
  channelNotFound: {
    en: 'The snapshot of channel "{{channel}}" ({{file}}) does not exist.',
    "zh-CN": "渠道“{{channel}}”的快照 {{file}} 不存在。",
  },
  badChanged: {
    en: "--changed {{ref}}: git could not list the changed files ({{detail}}). Run inside a git checkout and give a ref that exists, e.g. --changed origin/main.",
    "zh-CN": "--changed {{ref}}：git 无法列出变更文件（{{detail}}）。请在 git 仓库中运行，并指定存在的引用，如 --changed origin/main。",
  },
  badShard: {
    en: 'Option --shard "{{value}}" must be <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4.',
    "zh-CN": "选项 --shard “{{value}}” 应为 <i>/<n>，且 1 ≤ i ≤ n，如 --shard 2/4。",
  },
  badConcurrency: {
    en: 'Option --concurrency "{{value}}" must be a number of worker threads, auto or off.',
    "zh-CN": "选项 --concurrency “{{value}}” 应为工作线程数、auto 或 off。",
  },
  badCacheStrategy: {
    en: 'Option --cache-strategy "{{value}}" must be metadata or content.',
    "zh-CN": "选项 --cache-strategy “{{value}}” 应为 metadata 或 content。",
  },
  factsOutNeedsShard: {
    en: "Option --facts-out goes with --shard i/n (each job of the matrix writes its slice; `guidelint merge` reads them all).",
    "zh-CN": "选项 --facts-out 须与 --shard i/n 同用（矩阵中每个任务写出自己的分片，再由 `guidelint merge` 汇总）。",
  },
  cacheIgnored: {
    en: "The cache {{file}} could not be read or was not written by guidelint: it was set aside, and this run starts a new one.",
    "zh-CN": "缓存文件 {{file}} 无法读取或不是 guidelint 写出的：已弃用，本次运行重建缓存。",
  },
  cacheNotSaved: {
    en: "The cache {{file}} could not be written ({{detail}}): the findings are complete, the next run starts cold.",
    "zh-CN": "缓存文件 {{file}} 无法写入（{{detail}}）：本次检查结果完整，下次运行将重新建立缓存。",
  },
  channelNotAFile: {
    en: "The snapshot of channel {{channel}}, {{file}}, is neither a file nor a folder: name the exported file or the folder of files.",
    "zh-CN": "渠道 {{channel}} 的快照 {{file}} 既不是文件也不是文件夹：请指定导出的文件或存放文件的文件夹。",
  },
  factsUnreadable: {
    en: "Cannot read the facts file {{file}}: {{detail}}.",
    "zh-CN": "无法读取事实文件 {{file}}：{{detail}}。",
  },
  factsVersion: {
    en: "The facts file {{file}} was written by guidelint {{version}}, this is {{expected}}: run every shard and the merge with one version.",
    "zh-CN": "事实文件 {{file}} 由 guidelint {{version}} 写出，当前为 {{expected}}：所有分片与汇总须使用同一版本。",
  },
  factsIncomplete: {
    en: "The facts files are not one complete set of shards (found {{found}}): give every shard's file, 1/n to n/n, each once.",
    "zh-CN": "事实文件不是一套完整的分片（现有 {{found}}）：请给出 1/n 至 n/n 每个分片的文件，各一次。",
  },
  usingEmbeddedCatalog: {
    en: "No config and no ./catalog here: checking guidelint's sample catalog ({{dir}}).",
    "zh-CN": "当前目录无配置文件且无 ./catalog：检查 guidelint 自带的示例目录（{{dir}}）。",
  },
  summaryProblems: {
    en: "{{total}} {{total|problem|problems}} ({{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}) in {{files}} {{files|file|files}}",
    "zh-CN": "共 {{total}} 个问题（{{errors}} 个错误，{{warnings}} 个警告），涉及 {{files}} 个文件",
  },
  summaryClean: {
    en: "No problems in {{checked}} {{checked|file|files}}.",
    "zh-CN": "已检查 {{checked}} 个文件，未发现问题。",
  },
  summaryHidden: {
    en: "Not counted: {{suppressed}} suppressed by comments, {{baselined}} recorded in the baseline (--format json lists them).",
    "zh-CN": "未计入：{{suppressed}} 个被注释抑制，{{baselined}} 个已记入基线（--format json 可查看明细）。",
  },
  tooManyWarnings: {
    en: "guidelint found too many warnings (maximum: {{max}}).",
    "zh-CN": "警告数量超过上限（最多 {{max}} 个）。",
  },
  ...SEVERITY_WORDS,
  profileUnknown: {
    en: 'Unknown profile "{{value}}" ({{origin}}){{suggestion}}. Built-in profiles: {{available}}; or give a profile YAML file.',
    "zh-CN": "未知的政策目标方案“{{value}}”（{{origin}}）{{suggestion}}。内置方案：{{available}}；也可指定方案 YAML 文件。",
  },
  profileUnreadable: {
    en: "Cannot read the profile {{file}} ({{origin}}): {{detail}}.",
    "zh-CN": "无法读取政策目标方案文件 {{file}}（{{origin}}）：{{detail}}。",
  },
  profileSyntax: {
    en: "The profile {{file}} is not valid YAML (line {{line}}, column {{column}}): {{detail}}.",
    "zh-CN": "政策目标方案文件 {{file}} 不是有效的 YAML（第{{line}}行第{{column}}列）：{{detail}}。",
  },
  profileInvalid: {
    en: "Profile {{file}}: {{key}} {{problem}}.",
    "zh-CN": "政策目标方案 {{file}}：{{key}} {{problem}}。",
  },
  profileUnknownKey: {
    en: 'Profile {{file}}: unknown key "{{key}}"{{suggestion}}.',
    "zh-CN": "政策目标方案 {{file}}：未知配置项“{{key}}”{{suggestion}}。",
  },
  profileUnknownMetric: {
    en: "Profile {{file}}: {{key}} is not a metric{{suggestion}}; the metrics are {{available}}.",
    "zh-CN": "政策目标方案 {{file}}：{{key}} 不是指标ID{{suggestion}}；可用指标：{{available}}。",
  },
  profileUnknownRule: {
    en: 'Profile {{file}}: {{key}} names an unknown rule "{{rule}}"{{suggestion}}; `guidelint rules` lists them.',
    "zh-CN": "政策目标方案 {{file}}：{{key}} 中的规则“{{rule}}”不存在{{suggestion}}；运行 `guidelint rules` 查看全部规则。",
  },
  badGroupBy: {
    en: 'Option --group-by "{{value}}"{{suggestion}} must be one or more of {{available}} (repeat the option or separate with commas).',
    "zh-CN": "选项 --group-by “{{value}}”{{suggestion}} 应为以下一项或多项：{{available}}（可重复该选项或以逗号分隔）。",
  },
  badSortMetric: {
    en: 'Option --sort "{{value}}" is not a metric{{suggestion}}; the metrics are {{available}}.',
    "zh-CN": "选项 --sort “{{value}}” 不是指标ID{{suggestion}}；可用指标：{{available}}。",
  },
  sortNeedsGroupBy: {
    en: "Option --sort ranks groups: add --group-by, e.g. --group-by department --sort {{value}}.",
    "zh-CN": "选项 --sort 用于对分组排名，请同时指定 --group-by，如 --group-by department --sort {{value}}。",
  },
  metricsSkipped: {
    en: "{{count}} {{count|file is|files are}} left out of every figure because {{count|it does|they do}} not parse or fail the schema (`guidelint lint` shows why): {{files}}",
    "zh-CN": "{{count}} 个文件无法解析或不符合 JSON Schema，未计入任何指标（运行 `guidelint lint` 查看原因）：{{files}}",
  },
  unknownRuleId: {
    en: 'Unknown rule "{{value}}"{{suggestion}}; `guidelint rules` lists them.',
    "zh-CN": "规则“{{value}}”不存在{{suggestion}}；运行 `guidelint rules` 查看全部规则。",
  },
  rulesColumnRule: { en: "rule", "zh-CN": "规则" },
  rulesColumnSeverity: { en: "default", "zh-CN": "默认级别" },
  rulesColumnFixable: { en: "fixable", "zh-CN": "可自动修复" },
  rulesColumnDocs: { en: "docs", "zh-CN": "文档" },
  rulesColumnTitle: { en: "title", "zh-CN": "名称" },
  yes: { en: "yes", "zh-CN": "是" },
  baselineUnreadable: {
    en: "Cannot read the baseline {{file}}: {{detail}}. Create it with --update-baseline.",
    "zh-CN": "无法读取基线文件 {{file}}：{{detail}}。请用 --update-baseline 生成。",
  },
  baselineWritten: {
    en: "Wrote the baseline {{file}}: {{count}} {{count|finding|findings}} in {{entries}} {{entries|entry|entries}}.",
    "zh-CN": "已写入基线文件 {{file}}：{{entries}} 条记录，共 {{count}} 个问题。",
  },
  baselineApplied: {
    en: "{{count}} {{count|finding is|findings are}} in the baseline {{file}} and {{count|does|do}} not fail the run.",
    "zh-CN": "{{count}} 个问题已记录在基线文件 {{file}} 中，不影响检查结果。",
  },
  baselineStale: {
    en: "{{count}} {{count|entry|entries}} of the baseline {{file}} no longer {{count|matches|match}} (fixed, or changed): run with --update-baseline to prune them.",
    "zh-CN": "基线文件 {{file}} 中有 {{count}} 条记录已不再匹配（已修复或已变化）：请用 --update-baseline 重新生成以删除它们。",
  },
  baselineStaleEntry: {
    en: "  stale: {{entry}}",
    "zh-CN": "  过期记录：{{entry}}",
  },
  fixApplied: {
    en: "Fixed {{fixed}} {{fixed|problem|problems}} in {{files}} {{files|file|files}}.",
    "zh-CN": "已修复 {{files}} 个文件中的 {{fixed}} 个问题。",
  },
  fixNothing: {
    en: "Nothing to fix.",
    "zh-CN": "没有可自动修复的问题。",
  },
  fixDryRun: {
    en: "Would fix {{fixed}} {{fixed|problem|problems}} in {{files}} {{files|file|files}} (dry run: nothing written).",
    "zh-CN": "将修复 {{files}} 个文件中的 {{fixed}} 个问题（试运行：未写入任何文件）。",
  },
  fixNotApplied: {
    en: "{{file}}: the fix at {{path}} was not applied: {{detail}}.",
    "zh-CN": "{{file}}：{{path}} 处的修复未应用：{{detail}}。",
  },
  initWrote: {
    en: "Wrote {{file}}",
    "zh-CN": "已写入 {{file}}",
  },
  initSkipped: {
    en: "Skipped {{file}}: it exists (use --force to overwrite it).",
    "zh-CN": "已跳过 {{file}}：文件已存在（使用 --force 覆盖）。",
  },
  initHook: {
    en: "To check staged service guides before each commit, save this as .git/hooks/pre-commit and make it executable (chmod +x):",
    "zh-CN": "如需在每次提交前检查暂存的办事指南，请将以下内容保存为 .git/hooks/pre-commit 并设为可执行（chmod +x）：",
  },
  // "Did you mean": appended to a message about a misspelt name, or "" when nothing is close.
  didYouMean: { en: ' (did you mean "{{guess}}"?)', "zh-CN": "（是否应为“{{guess}}”？）" },
  badRuleSeverity: {
    en: 'Option --rule "{{value}}": "{{severity}}" is not a severity{{suggestion}}; use off, warning or error.',
    "zh-CN": "选项 --rule “{{value}}”：“{{severity}}”不是有效级别{{suggestion}}；请使用 off、warning 或 error。",
  },
  tooManyFormats: {
    en: "This command writes one document: give one --format (got {{value}}); available: {{available}}.",
    "zh-CN": "该命令只输出一份文档：请只指定一个 --format（收到 {{value}}）；可选：{{available}}。",
  },
  twoToStdout: {
    en: "Only one output can go to stdout, and {{value}} would all go there: give the others a file, e.g. {{example}}.",
    "zh-CN": "只有一种输出可以写到标准输出，但 {{value}} 都会写到标准输出：请为其余格式指定文件，如 {{example}}。",
  },
  // Commander's own errors, in the user's language.
  unknownOption: {
    en: "Unknown option {{option}}{{suggestion}}; `guidelint {{command}} --help` lists the options.",
    "zh-CN": "未知选项 {{option}}{{suggestion}}；运行 `guidelint {{command}} --help` 查看全部选项。",
  },
  unknownCommand: {
    en: 'Unknown command "{{value}}"{{suggestion}}; the commands are {{available}}.',
    "zh-CN": "未知命令“{{value}}”{{suggestion}}；可用命令：{{available}}。",
  },
  missingRequiredOption: {
    en: "The command {{command}} needs the option {{option}}; `guidelint {{command}} --help` lists the options.",
    "zh-CN": "命令 {{command}} 须给出选项 {{option}}；运行 `guidelint {{command}} --help` 查看全部选项。",
  },
  missingArgument: {
    en: "The command {{command}} needs the argument <{{argument}}>.",
    "zh-CN": "命令 {{command}} 缺少参数 <{{argument}}>。",
  },
  optionMissingArgument: {
    en: "Option {{option}} needs a value.",
    "zh-CN": "选项 {{option}} 需要一个值。",
  },
  excessArguments: {
    en: "The command {{command}} takes at most {{expected}} {{expected|argument|arguments}} but got {{received}}: {{extra}}.",
    "zh-CN": "命令 {{command}} 最多接受 {{expected}} 个参数，但收到 {{received}} 个：{{extra}}。",
  },
  configUnsafePattern: {
    en: "{{file}}: {{key}} {{pattern}} repeats a group that itself repeats or has alternatives, which can take years on one code: write it with a character class (`[A-Z0-9]+`, not `([A-Z]|[0-9])+` or `(\\d+)+`).",
    "zh-CN":
      "{{file}}：{{key}} {{pattern}} 对一个本身含重复或分支的分组再做重复，匹配一个编码可能耗时极长：请改用字符类（如 `[A-Z0-9]+`，而不是 `([A-Z]|[0-9])+` 或 `(\\d+)+`）。",
  },
  outputUnwritable: {
    en: "Cannot write the output file {{file}}: {{detail}}. Name a file (not a folder) on a writable disk with space left.",
    "zh-CN": "无法写入输出文件 {{file}}：{{detail}}。请指定一个文件（不是文件夹），并确认磁盘可写且有剩余空间。",
  },
  maxWarningsExceeded: {
    en: "{{count}} warnings exceed --max-warnings {{max}}: fix some, or raise the limit.",
    "zh-CN": "警告数 {{count}} 超过 --max-warnings {{max}}：请修正部分警告，或调高上限。",
  },
  reportExtensionMismatch: {
    en: "The report file {{file}} ends in {{extension}}, but the report format is {{format}}: name a file ending in {{expected}}, or choose the format with --format.",
    "zh-CN": "报告文件 {{file}} 的扩展名为 {{extension}}，但报告格式为 {{format}}：请使用以 {{expected}} 结尾的文件名，或用 --format 指定格式。",
  },
  catalogGlobMatchedNothing: {
    en: "The config's catalog glob {{pattern}} ({{file}}) matches no files: check the folder's name in `catalog`.",
    "zh-CN": "配置文件 {{file}} 中 catalog 的 glob {{pattern}} 没有匹配到任何文件：请检查 `catalog` 中的文件夹名称。",
  },
  patternTooLong: {
    en: "The path or glob {{pattern}} is {{length}} characters long, more than the {{max}} a path may have: check the argument.",
    "zh-CN": "路径或 glob {{pattern}} 长 {{length}} 个字符，超过路径允许的 {{max}} 个字符：请检查该参数。",
  },
  braceExpansionTooLarge: {
    en: "The glob {{pattern}} expands to {{count}} alternatives by its braces, more than {{max}}: write fewer brace groups, or list the folders in the config.",
    "zh-CN": "glob {{pattern}} 的花括号展开为 {{count}} 种组合，超过上限 {{max}}：请减少花括号组合，或在配置文件中逐一列出文件夹。",
  },
  namedFileIgnored: {
    en: "File ignored because of the config's `ignore` ({{file}}); to check it anyway, remove the matching pattern from `ignore`.",
    "zh-CN": "文件 {{file}} 按配置文件的 `ignore` 被忽略；如仍要检查，请从 `ignore` 中删除相应的模式。",
  },
  importUnreadable: {
    en: "Cannot read the export {{file}}: {{detail}}. Check the path and that it is a file.",
    "zh-CN": "无法读取导出文件 {{file}}：{{detail}}。请检查路径，并确认它是文件。",
  },
  importNoHeader: {
    en: "{{place}}: no header row found in {{file}} (the first 15 rows hold fewer than 3 known column names such as 事项名称, 实施编码, 事项类型). Put the national element names in the header row.",
    "zh-CN": "{{place}}：{{file}} 中找不到表头行（前15行中已知列名如事项名称、实施编码、事项类型不足3个）。请在表头行使用国家标准要素名称。",
  },
  importMissingColumn: {
    en: "{{place}}: the header has no column for {{field}}; add one (e.g. 实施编码 for code, 事项名称 for name).",
    "zh-CN": "{{place}}：表头中没有对应 {{field}} 的列；请补充（如 code 对应实施编码，name 对应事项名称）。",
  },
  importUnmappedValue: {
    en: '{{place}}: "{{value}}" in {{field}} is no known code or label; it is written as found, so the schema check reports it. Use a code from the national dictionary.',
    "zh-CN": "{{place}}：{{field}} 中的“{{value}}”不是已知代码或名称；已原样写入，schema 检查会报告它。请使用国家标准代码。",
  },
  importUnparsedDuration: {
    en: '{{place}}: the time limit "{{value}}" in {{field}} cannot be read; write it as a number of days with its unit (20个工作日) or 无.',
    "zh-CN": "{{place}}：{{field}} 中的时限“{{value}}”无法识别；请写成天数加单位（如 20个工作日）或“无”。",
  },
  importEmptyRequired: {
    en: "{{place}}: the item has no {{field}}; fill in the cell.",
    "zh-CN": "{{place}}：该事项缺少 {{field}}；请填写该单元格。",
  },
  importOrphanRow: {
    en: "{{place}}: the row has no 实施编码 and no item above it to belong to; fill in the item's code.",
    "zh-CN": "{{place}}：该行没有实施编码，上方也没有可归属的事项；请填写事项的实施编码。",
  },
  importDuplicateCode: {
    en: "{{place}}: item {{code}} was already imported from {{first}}; this row is skipped. Remove one of them or give them different codes.",
    "zh-CN": "{{place}}：事项 {{code}} 已从 {{first}} 导入，本行被跳过。请删除其一或使用不同的编码。",
  },
  importBadCsv: {
    en: '{{place}}: a quote opened on line {{line}} is never closed, so the rest of the file is one cell; close the quote (a quote inside a cell is written twice: "").',
    "zh-CN": '{{place}}：第{{line}}行开始的引号没有闭合，文件其余部分被读成一个单元格；请闭合引号（单元格内的引号须写两次：""）。',
  },
  importJsonShape: {
    en: "{{place}}: not an item list this importer knows (an array of items, data.list as in Guangxi's export, or items with matterInfo as in Zhejiang's); export the items as one of these.",
    "zh-CN": "{{place}}：不是可识别的事项列表（事项数组、广西导出的 data.list，或浙江导出的含 matterInfo 的事项）；请按其中一种格式导出。",
  },
  importSkippedRow: {
    en: "{{place}}: item {{code}} is skipped: its type {{type}} (行政处罚, 行政强制, 行政征收 or 行政检查) is not applied for and has no service guide.",
    "zh-CN": "{{place}}：事项 {{code}} 已跳过：其事项类型 {{type}}（行政处罚、行政强制、行政征收或行政检查）不是依申请事项，没有办事指南。",
  },
  importWithdrawnRow: {
    en: "{{place}}: item {{code}} is skipped: its state {{state}} (挂起 or 取消) means it is no longer offered.",
    "zh-CN": "{{place}}：事项 {{code}} 已跳过：其状态 {{state}}（挂起或取消）表示该事项已不再办理。",
  },
  importCodeRepaired: {
    en: "{{place}}: {{field}} {{value}} was stored as a number and lost its leading zeros; written as {{repaired}}. Format the column as text in the export.",
    "zh-CN": "{{place}}：{{field}} {{value}} 被存成数字而丢失了前导零，已写为 {{repaired}}。请在导出时把该列设为文本格式。",
  },
  importPrecisionLost: {
    en: "{{place}}: {{field}} {{value}} is in scientific notation and its digits are lost; format the column as text and export again.",
    "zh-CN": "{{place}}：{{field}} {{value}} 是科学计数法，数字已丢失；请把该列设为文本格式后重新导出。",
  },
  importEncrypted: {
    en: "{{place}}: the workbook is encrypted (saved with a password to open), so it cannot be read; save a copy without the password (Excel: File → Info → Protect Workbook → Encrypt with Password, cleared) and import that.",
    "zh-CN":
      "{{place}}：该工作簿已加密（设置了打开密码），无法读取；请另存一份不带密码的副本（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再导入。",
  },
  importBadWorkbook: {
    en: "{{place}}: not a readable {{kind}} workbook ({{detail}}); open it in Excel or WPS and save it again as .xlsx.",
    "zh-CN": "{{place}}：不是可读取的 {{kind}} 工作簿（{{detail}}）；请用 Excel 或 WPS 打开后另存为 .xlsx。",
  },
  importWorkbookTooLarge: {
    en: "{{place}}: the workbook is too large to read safely ({{what}}: {{size}}, more than {{ceiling}}); split it (one workbook per department or region) or export it as CSV.",
    "zh-CN": "{{place}}：该工作簿过大，无法安全读取（{{what}}为 {{size}}，超过上限 {{ceiling}}）；请拆分（按部门或区划各存一个工作簿）或导出为 CSV。",
  },
  importSheetTooLarge: {
    en: "{{place}}: sheet {{sheet}} has more than {{max}} filled cells and is skipped; split it into several sheets or workbooks.",
    "zh-CN": "{{place}}：工作表 {{sheet}} 的非空单元格超过 {{max}} 个，已跳过；请拆分为多个工作表或工作簿。",
  },
  importSheetSkipped: {
    en: "{{place}}: sheet {{sheet}} has no header row (no row among its first 15 with 3 known column names such as 事项名称, 实施编码) and is skipped; the other sheets are imported.",
    "zh-CN": "{{place}}：工作表 {{sheet}} 没有表头行（前15行中没有含3个已知列名如事项名称、实施编码的行），已跳过；其他工作表照常导入。",
  },
  importOrphanMaterial: {
    en: '{{place}}: this material row\'s 实施编码 "{{code}}" is not the code of any item on sheet {{sheet}}, so the material is skipped; correct the code or add the item.',
    "zh-CN": "{{place}}：该材料行的实施编码“{{code}}”与工作表 {{sheet}} 中任何事项的编码都不相符，该材料已跳过；请更正编码或补充该事项。",
  },
  importMappingUnreadable: {
    en: "Cannot read the mapping file {{file}}: {{detail}}.",
    "zh-CN": "无法读取映射文件 {{file}}：{{detail}}。",
  },
  importMappingSyntax: {
    en: "The mapping file {{file}} does not parse: {{detail}}.",
    "zh-CN": "映射文件 {{file}} 无法解析：{{detail}}。",
  },
  importMappingInvalid: {
    en: "Mapping {{file}}: {{key}} {{problem}}.",
    "zh-CN": "映射文件 {{file}}：{{key}} {{problem}}。",
  },
  importMappingUnknownKey: {
    en: 'Mapping {{file}}: unknown key "{{key}}"{{suggestion}}; docs/import-mapping.md lists the keys.',
    "zh-CN": "映射文件 {{file}}：未知键“{{key}}”{{suggestion}}；可用的键见 docs/import-mapping.md。",
  },
  importMappingUnknownField: {
    en: 'Mapping {{file}}: columns.{{header}} maps to "{{field}}", which is no field the importer fills{{suggestion}}; write a field of docs/import-mapping.md, an x- key (x-localInnerCode) to keep the value as found, or null to ignore the column.',
    "zh-CN":
      "映射文件 {{file}}：columns.{{header}} 对应的“{{field}}”不是导入可填写的字段{{suggestion}}；请写 docs/import-mapping.md 中的字段、原样保留取值的 x- 键（如 x-localInnerCode），或写 null 忽略该列。",
  },
  importMappingNotCoded: {
    en: 'Mapping {{file}}: dictionaries.{{field}}: "{{field}}" is no coded field{{suggestion}}; dictionaries are for fields whose cells hold codes (type, level, subjects, material.form …).',
    "zh-CN":
      "映射文件 {{file}}：dictionaries.{{field}}：“{{field}}”不是代码字段{{suggestion}}；代码表只用于单元格填代码的字段（type、level、subjects、material.form 等）。",
  },
  importMappingHeaderRow: {
    en: "{{place}}: the mapping puts the header of {{file}} in row {{row}}, which holds nothing; give headerRow the row number the spreadsheet shows.",
    "zh-CN": "{{place}}：映射文件指定 {{file}} 的表头在第{{row}}行，但该行为空；请把 headerRow 设为表格软件显示的行号。",
  },
  importMappingSkipColumn: {
    en: '{{place}}: the mapping skips rows by the column "{{column}}", which this header does not have; check its spelling.',
    "zh-CN": "{{place}}：映射文件按“{{column}}”列跳过行，但表头中没有该列；请检查列名。",
  },
  importMappingSkippedItem: {
    en: '{{place}}: item {{code}} is skipped, with its rows: its {{column}} is "{{value}}", a value the mapping\'s skip lists.',
    "zh-CN": "{{place}}：事项 {{code}} 及其各行已跳过：其“{{column}}”为“{{value}}”，是映射文件 skip 所列的值。",
  },
  importMappingSkippedRow: {
    en: '{{place}}: the row is skipped: its {{column}} is "{{value}}", a value the mapping\'s skip lists.',
    "zh-CN": "{{place}}：该行已跳过：其“{{column}}”为“{{value}}”，是映射文件 skip 所列的值。",
  },
  importUnknownPreset: {
    en: 'Option --preset: "{{value}}" is no preset{{suggestion}}; use one of {{presets}}.',
    "zh-CN": "选项 --preset：“{{value}}”不是预设{{suggestion}}；请使用以下之一：{{presets}}。",
  },
  importBadMappingFormat: {
    en: 'Option --format: "{{value}}" is no mapping format; use text or yaml (with --print-mapping).',
    "zh-CN": "选项 --format：“{{value}}”不是映射格式；请使用 text 或 yaml（与 --print-mapping 一起使用）。",
  },
  importFormatWithoutPrint: {
    en: "Option --format {{value}}: --format is for --print-mapping (text or yaml); an import writes YAML records anyway.",
    "zh-CN": "选项 --format {{value}}：--format 只用于 --print-mapping（text 或 yaml）；导入总是写出 YAML 记录。",
  },
  importMappingTable: {
    en: "{{table}}: header in row {{row}} ({{place}}, {{how}}); preset {{preset}}",
    "zh-CN": "{{table}}：表头在第{{row}}行（{{place}}，{{how}}）；预设 {{preset}}",
  },
  importMappingKeysTable: {
    en: "{{table}}: header of the JSON keys ({{place}}); preset {{preset}}",
    "zh-CN": "{{table}}：表头为 JSON 键（{{place}}）；预设 {{preset}}",
  },
  importMappingFormTable: {
    en: "{{table}}: a form, one item, labels from {{place}}; preset {{preset}}",
    "zh-CN": "{{table}}：表单，一个事项，标签自 {{place}} 起；预设 {{preset}}",
  },
  importMappingNoTable: {
    en: "{{table}}: no header row; nothing would be imported",
    "zh-CN": "{{table}}：没有表头行；不会导入任何内容",
  },
  importMappingDetected: { en: "detected", "zh-CN": "自动识别" },
  importMappingFromFile: { en: "from the mapping", "zh-CN": "来自映射文件" },
  importMappingAuto: { en: "auto (closest: {{closest}})", "zh-CN": "auto（最接近：{{closest}}）" },
  importMappingUnmapped: { en: "unmapped", "zh-CN": "未映射" },
  importMappingIgnored: { en: "ignored (the mapping's null)", "zh-CN": "忽略（映射文件设为 null）" },
  importMappingTaken: { en: "{{field}}, already filled by column {{first}}: unused", "zh-CN": "{{field}}，已由 {{first}} 列填写：不使用" },
  importMappingField: { en: "{{field}} ({{label}})", "zh-CN": "{{label}}（{{field}}）" },
  importMappingSkips: { en: "rows whose {{column}} is {{values}} are skipped", "zh-CN": "“{{column}}”为 {{values}} 的行将被跳过" },
  importMappingYamlHeader: {
    en: "# guidelint import mapping, printed by --print-mapping from {{files}}.\n# Edit it and pass it back with --mapping <file>; the keys: docs/import-mapping.md.",
    "zh-CN": "# guidelint 导入映射，由 --print-mapping 根据 {{files}} 生成。\n# 可编辑后用 --mapping <文件> 传回；各键的说明见 docs/import-mapping.md。",
  },
  importOutUnwritable: {
    en: "Cannot write {{file}}: {{detail}}. Give --out a folder (or a new path) on a writable disk with space left; the records written so far stay.",
    "zh-CN": "无法写入 {{file}}：{{detail}}。请为 --out 指定一个文件夹（或新路径），并确认磁盘可写且有剩余空间；已写出的记录保留。",
  },
  importSummary: {
    en: "Imported {{records}} records into {{out}}: {{errors}} errors, {{warnings}} warnings.",
    "zh-CN": "已导入 {{records}} 条记录到 {{out}}：{{errors}} 个错误，{{warnings}} 个警告。",
  },
  exportUnknownExtension: {
    en: "Cannot tell the export format of {{file}} (extension {{extension}}): name a file ending in .xlsx or .csv.",
    "zh-CN": "无法根据 {{file}} 的扩展名（{{extension}}）确定导出格式：请使用以 .xlsx 或 .csv 结尾的文件名。",
  },
  exportSkipped: {
    en: "{{file}}:{{line}}: {{reason}} The file holds no readable record and is not exported; fix it (`guidelint lint {{file}}`) and export again.",
    "zh-CN": "{{file}}:{{line}}：{{reason}}该文件没有可读取的记录，未导出；请修正（`guidelint lint {{file}}`）后重新导出。",
  },
  exportSkippedNoRecord: {
    en: "{{file}}: holds no readable record (a YAML error, or not a mapping), so it is not exported; fix it (`guidelint lint {{file}}`) and export again.",
    "zh-CN": "{{file}}：没有可读取的记录（YAML 错误或不是映射），未导出；请修正（`guidelint lint {{file}}`）后重新导出。",
  },
  exportCellTooLong: {
    en: "{{file}}: the text for {{header}} has {{length}} characters, more than the 32767 an Excel cell holds, so the item is not exported to the workbook. Shorten it, or export to .csv.",
    "zh-CN": "{{file}}：{{header}} 的文本有 {{length}} 个字符，超过 Excel 单元格可容纳的 32767 个，该事项未导出到工作簿。请缩短，或导出为 .csv。",
  },
  badAsOf: {
    en: 'Option --as-of: "{{value}}" is no date; write it as YYYY-MM-DD (e.g. 2026-11-30).',
    "zh-CN": "选项 --as-of：“{{value}}”不是日期；请写成 YYYY-MM-DD（如 2026-11-30）。",
  },
  xlsxNeedsFile: {
    en: "--format xlsx writes a workbook, which cannot go to the terminal: name its file, e.g. --format xlsx=问题.xlsx.",
    "zh-CN": "--format xlsx 写出工作簿，不能输出到终端：请指定文件，如 --format xlsx=问题.xlsx。",
  },
  annotateWritten: {
    en: "Annotated {{cells}} {{cells|cell|cells}} of {{file}}: {{out}}",
    "zh-CN": "已在 {{file}} 中标注 {{cells}} 个单元格：{{out}}",
  },
  annotateFindingsOnly: {
    en: "{{file}} is larger than {{limit}} MB, so it is not copied: {{out}} holds the findings list alone, each linking to its cell in {{file}}.",
    "zh-CN": "{{file}} 超过 {{limit}} MB，未复制原表：{{out}} 仅含问题清单，每条链接到 {{file}} 中的单元格。",
  },
  annotateNothing: {
    en: "Nothing to annotate: no workbook or CSV export was checked ({{out}} is not written). Name the export, e.g. guidelint report 清单.xlsx --annotate {{out}}.",
    "zh-CN": "没有可标注的内容：本次未检查工作簿或 CSV 导出文件（未写出 {{out}}）。请指定导出文件，如 guidelint report 清单.xlsx --annotate {{out}}。",
  },
  annotateFailed: {
    en: "Cannot annotate {{file}}: {{detail}}.",
    "zh-CN": "无法标注 {{file}}：{{detail}}。",
  },
  exportSummary: {
    en: "Exported {{records}} records as {{rows}} rows to {{out}}; {{skipped}} files skipped.",
    "zh-CN": "已导出 {{records}} 条记录（{{rows}} 行）到 {{out}}；跳过 {{skipped}} 个文件。",
  },
  splitNeedsFolder: {
    en: "--split-by writes one rectification list per unit: name the folder to write them into with -o (e.g. -o out/).",
    "zh-CN": "--split-by 为每个单位各写一份整改清单：请用 -o 指定写入的文件夹（如 -o 整改清单/）。",
  },
  splitOutputNotAFolder: {
    en: "{{file}} is a file, not a folder: --split-by writes one file per unit into the folder -o names. Name a folder (it is created when missing).",
    "zh-CN": "{{file}} 是文件而不是文件夹：--split-by 把每个单位的清单写入 -o 指定的文件夹。请指定一个文件夹（不存在时会自动创建）。",
  },
  splitFormatFile: {
    en: "With --split-by, --format takes the format alone (--format {{format}}), not a file ({{file}}): each unit's file is named after it in the folder -o names.",
    "zh-CN": "使用 --split-by 时，--format 只需指定格式（--format {{format}}），不能指定文件（{{file}}）：各单位的文件按单位命名，写入 -o 指定的文件夹。",
  },
  splitWithCompare: {
    en: "--split-by and --compare cannot be combined yet: each unit's list does not show the change since last period. Write the comparison as one report (guidelint report --compare …), and the lists without it.",
    "zh-CN":
      "--split-by 与 --compare 暂不能同时使用：各单位的整改清单尚不显示与上期的比较。请分别生成带比较的总报告（guidelint report --compare …）和不带比较的整改清单。",
  },
  compareNotFound: {
    en: 'Option --compare: "{{value}}" is neither a file nor a git ref of the catalog. Give a saved `guidelint metrics --format json` file (e.g. --compare last-week.json) or a commit, tag or branch of the catalog\'s repository (e.g. --compare HEAD~1).',
    "zh-CN":
      "选项 --compare：“{{value}}”既不是文件，也不是目录所在 git 仓库的引用。请给出保存的 `guidelint metrics --format json` 文件（如 --compare 上周.json），或目录仓库的提交、标签或分支（如 --compare HEAD~1）。",
  },
  compareUnreadable: {
    en: "Option --compare: cannot read the saved figures {{file}}: {{detail}}. Save them with guidelint metrics --format json -o {{file}}.",
    "zh-CN": "选项 --compare：无法读取保存的指标文件 {{file}}：{{detail}}。请用 guidelint metrics --format json -o {{file}} 保存。",
  },
  compareCheckoutFailed: {
    en: "Option --compare: cannot read the catalog at {{ref}}: {{detail}}.",
    "zh-CN": "选项 --compare：无法读取 {{ref}} 时的目录：{{detail}}。",
  },
  compareNoCatalogAtRef: {
    en: "Option --compare: the commit {{ref}} has no catalog where this run finds one (no config's catalog, no ./catalog); name the catalog's folder, e.g. guidelint report catalog --compare {{ref}}.",
    "zh-CN":
      "选项 --compare：提交 {{ref}} 中没有本次运行所检查的目录（无配置中的目录，也无 ./catalog）；请指明目录文件夹，如 guidelint report catalog --compare {{ref}}。",
  },
  compareFindingsNeedRef: {
    en: "Saved figures hold no findings: new and resolved findings are compared only against a git ref (e.g. --compare HEAD~1).",
    "zh-CN": "保存的指标文件不含问题清单：新增与已整改问题只能与 git 引用比较（如 --compare HEAD~1）。",
  },
  lspNeedsStdio: {
    en: "guidelint lsp talks to the editor over stdin and stdout: run it as guidelint lsp --stdio.",
    "zh-CN": "guidelint lsp 通过标准输入输出与编辑器通信：请以 guidelint lsp --stdio 运行。",
  },
  initMerged: {
    en: "Added {{extensions}} to the recommendations in {{file}}",
    "zh-CN": "已在 {{file}} 的推荐扩展中加入 {{extensions}}",
  },
  initRecommended: {
    en: "Kept {{file}}: it already recommends {{extensions}}",
    "zh-CN": "已保留 {{file}}：其中已推荐 {{extensions}}",
  },
  initRecommendManually: {
    en: 'Kept {{file}}: it has no "recommendations" list guidelint can add to; add {{extensions}} to it by hand.',
    "zh-CN": "已保留 {{file}}：其中没有可供加入的“recommendations”列表；请手动加入 {{extensions}}。",
  },
  lspDiagnostic: {
    en: "{{title}}: {{message}}",
    "zh-CN": "{{title}}：{{message}}",
  },
  lspRelatedItem: {
    en: "item {{code}}",
    "zh-CN": "实施编码 {{code}}",
  },
  lspFix: {
    en: "Fix: {{title}}",
    "zh-CN": "修复：{{title}}",
  },
  lspSuggestion: {
    en: "Suggestion: {{title}}",
    "zh-CN": "建议：{{title}}",
  },
  lspDisableLine: {
    en: "Disable {{rule}} for this line",
    "zh-CN": "在此行禁用 {{rule}}",
  },
  lspFixAll: {
    en: "guidelint: apply every safe fix",
    "zh-CN": "guidelint：应用全部安全修复",
  },
  binaryToTerminal: {
    en: "--format {{format}} writes a binary file, which cannot go to the terminal: name its file, e.g. {{example}} (or redirect stdout to a file).",
    "zh-CN": "--format {{format}} 输出二进制文件，不能输出到终端：请指定文件，如 {{example}}（或将标准输出重定向到文件）。",
  },
  pdfNoBrowser: {
    en: "--format pdf prints the report with Chromium, Google Chrome or Microsoft Edge, and none was found (looked at: {{searched}}). Install one (Debian/Ubuntu: apt-get install chromium), or point at one with --browser /path/to/chrome or GUIDELINT_BROWSER=/path/to/chrome.",
    "zh-CN":
      "--format pdf 需要用 Chromium、Google Chrome 或 Microsoft Edge 打印报告，但未找到（已查找：{{searched}}）。请安装其中之一（Debian/Ubuntu：apt-get install chromium），或用 --browser /path/to/chrome 或环境变量 GUIDELINT_BROWSER=/path/to/chrome 指定。",
  },
  pdfBrowserMissing: {
    en: "The browser {{file}} (from --browser or GUIDELINT_BROWSER) does not exist: name the Chromium, Chrome or Edge executable, e.g. --browser /usr/bin/chromium.",
    "zh-CN": "浏览器 {{file}}（来自 --browser 或 GUIDELINT_BROWSER）不存在：请指定 Chromium、Chrome 或 Edge 的可执行文件，如 --browser /usr/bin/chromium。",
  },
  pdfNoPlaywright: {
    en: "--format pdf drives the browser with the playwright-core package, which is not installed: run npm install playwright-core (it downloads no browser), or write --format html and print it from a browser.",
    "zh-CN":
      "--format pdf 通过 playwright-core 包驱动浏览器，但该包未安装：请运行 npm install playwright-core（不会下载浏览器），或改用 --format html 后在浏览器中打印。",
  },
  pdfPrintFailed: {
    en: "Could not print the PDF with {{browser}}: {{detail}}. Check that it is Chromium, Chrome or Edge and starts on this machine, or name another with --browser.",
    "zh-CN": "无法用 {{browser}} 打印 PDF：{{detail}}。请确认它是可在本机启动的 Chromium、Chrome 或 Edge，或用 --browser 指定其他浏览器。",
  },
} satisfies Record<string, LocalizedText>;

export type MessageId = keyof typeof MESSAGES;
