import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../api.js";
import { t } from "../i18n/t.js";
import type { CommandRun } from "./runner.js";

interface InitOptions {
  force?: boolean;
  lang?: string;
}

const PRE_COMMIT_HOOK = `#!/bin/sh
# guidelint: check the staged service guides (办事指南) before each commit
git diff --cached --name-only --diff-filter=ACMR -z -- 'catalog/*.yaml' | xargs -0 -r npx guidelint lint
`;

/**
 * `guidelint init`: a starter config, an example item and editor settings; never overwrites without
 * --force. The extension recommendations are merged into an existing .vscode/extensions.json.
 */
export async function run(cmd: CommandRun, _args: unknown[], options: InitOptions): Promise<number> {
  const { io } = cmd;
  for (const [file, content] of Object.entries(starterFiles(io.cwd))) {
    const target = path.join(io.cwd, file);
    if (existsSync(target) && !options.force) {
      io.stdout.write(`${t("initSkipped", { file }, cmd.lang)}\n`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    io.stdout.write(`${t("initWrote", { file }, cmd.lang)}\n`);
  }
  const { messageId, missing } = recommendExtensions(io.cwd);
  io.stdout.write(`${t(messageId, { file: EXTENSIONS_FILE, extensions: missing.join(", ") }, cmd.lang)}\n`);
  io.stdout.write(`\n${t("initHook", {}, cmd.lang)}\n\n${PRE_COMMIT_HOOK}`);
  return 0;
}

/** The files `init` writes, relative to the project folder; schemas are referenced where guidelint is installed. */
export function starterFiles(cwd: string): Record<string, string> {
  const schema = (name: string, from: string) => toPosix(path.relative(from, path.join(PACKAGE_ROOT, "schemas", name)));
  const example = [
    `# yaml-language-server: $schema=${schema("service-guide.schema.json", path.join(cwd, "catalog"))}`,
    "# An example service guide (办事指南) that passes every rule: copy it for each item and edit.",
    "# 示例办事指南，可通过全部检查规则：每个事项复制一份后修改。",
    EXAMPLE_ITEM,
  ].join("\n");
  const config = [
    `# yaml-language-server: $schema=${schema("config.schema.json", cwd)}`,
    "# guidelint config: `guidelint rules` lists the rules and their default levels.",
    "# guidelint 配置文件：运行 `guidelint rules` 查看全部规则及默认级别。",
    'catalog: ["catalog/**/*.yaml"]',
    "rules: {}",
    "# rules:",
    "#   address-specific: off",
    "#   time-limit-compression: [warning, { min: 0.6 }]",
    "",
  ].join("\n");
  const settings = {
    "yaml.schemas": {
      [schema("service-guide.schema.json", cwd)]: "catalog/**/*.yaml",
      [schema("config.schema.json", cwd)]: "guidelint.config.yaml",
    },
  };
  return {
    "guidelint.config.yaml": config,
    "catalog/example.yaml": example,
    ".vscode/settings.json": `${JSON.stringify(settings, null, 2)}\n`,
  };
}

const EXTENSIONS_FILE = ".vscode/extensions.json";
// The guidelint extension (editors/vscode: diagnostics from `guidelint lsp`) and the YAML extension
// that reads the schema settings above.
const RECOMMENDED = ["guidelint.guidelint-vscode", "redhat.vscode-yaml"];

/**
 * The VS Code recommendations: a new .vscode/extensions.json, or the missing ids added to the
 * existing file's list in place (its comments and other entries kept; --force replaces nothing here).
 */
function recommendExtensions(cwd: string): { messageId: "initWrote" | "initMerged" | "initRecommended" | "initRecommendManually"; missing: string[] } {
  const target = path.join(cwd, EXTENSIONS_FILE);
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify({ recommendations: RECOMMENDED }, null, 2)}\n`);
    return { messageId: "initWrote", missing: RECOMMENDED };
  }
  const text = readFileSync(target, "utf8");
  const missing = RECOMMENDED.filter((id) => !text.includes(`"${id}"`));
  if (missing.length === 0) return { messageId: "initRecommended", missing: RECOMMENDED };
  // The file is JSON with comments (VS Code writes one with comments): edited as text, not re-serialized.
  const list = /"recommendations"\s*:\s*\[(\s*)/.exec(text);
  if (!list) return { messageId: "initRecommendManually", missing };
  const at = list.index + list[0].length;
  const empty = text[at] === "]";
  const inserted = missing.map((id) => JSON.stringify(id)).join(", ") + (empty ? "" : ", ");
  writeFileSync(target, text.slice(0, at) + inserted + text.slice(at));
  return { messageId: "initMerged", missing };
}

const toPosix = (p: string) => p.split(path.sep).join("/");

// fixtures/base-item.yaml below its two comment lines (a test keeps them equal): the package ships
// without fixtures/, so the example travels in the code.
export const EXAMPLE_ITEM = `code: "11510921MB1538709A4000117600000"
baseCode: "000117600000"
name: 食品经营许可（新办）
type: administrative-license
level: county
region: "510921"
department: 蓬溪县行政审批局
subjects: [legal-person]
legalBasis:
  - law: 中华人民共和国食品安全法
    article: 第三十五条
    text: 国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。
  - law: 食品经营许可管理办法
    article: 第四条
timeLimit:
  legal:    { value: 20, unit: working-day, note: 受理之日起20个工作日 }
  promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }
processing: commitment
runs: 0
onSiteReason: ~
onlineDepth: 4
materials:
  - name: 食品经营许可申请书
    form: original
    media: paper-or-electronic
    copies: 1
    necessity: required
    source: applicant
    eLicense: false
  - name: 营业执照
    form: copy
    media: paper-or-electronic
    copies: 1
    necessity: required
    source: government
    eLicense: true
  - name: 与食品经营相适应的主要设备设施布局、操作流程等文件
    form: original
    media: paper-or-electronic
    copies: 1
    necessity: required
    source: applicant
    eLicense: false
  - name: 食品安全管理制度文本
    form: original
    media: paper-or-electronic
    copies: 1
    necessity: required
    source: applicant
    eLicense: false
address:
  - place: 蓬溪县政务服务中心一楼综合窗口
    street: 四川省遂宁市蓬溪县赤城镇滨江路1号
    hours: 周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）
phone: 0825-5432100
complaintPhone: 0825-5432199
fee: { charged: false }
publishedOn: [pc, mobile, window, kiosk]
volume: 1250
`;
