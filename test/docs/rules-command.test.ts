// `guidelint rules` in the user's language: the Chinese page of a rule under a Chinese locale, the
// English one otherwise or when no Chinese page exists yet; the list names rules by their Chinese
// titles under zh.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rulePage } from "../../dist/cli/rules-command.js";
import { rules } from "../../dist/rules/registry.js";
import { ROOT, runCli, tempDir } from "../support/cli.js";

const ZH = { LANG: "zh_CN.UTF-8" };
const shown = (page: string) => readFileSync(path.join(ROOT, page), "utf8").replace(/^<!--[^\n]*-->\n/gm, "");

describe("guidelint rules <id>", () => {
  it("prints the Chinese page under a Chinese locale, without the generator's markers", async () => {
    const run = await runCli(["rules", "materials-vague"], { env: ZH });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(shown("docs/rules/zh-CN/materials-vague.md"));
    expect(run.stdout).toContain("## 政策依据");
    expect(run.stdout).toContain("- 默认级别：错误（error）");
    expect(run.stdout).not.toMatch(/<!--/);
  });

  it("follows --lang over the locale, both ways", async () => {
    expect((await runCli(["rules", "phone-format", "--lang", "en"], { env: ZH })).stdout).toBe(shown("docs/rules/phone-format.md"));
    expect((await runCli(["rules", "phone-format", "--lang", "zh-CN"])).stdout).toBe(shown("docs/rules/zh-CN/phone-format.md"));
    expect((await runCli(["rules", "phone-format"], { env: { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" } })).stdout).toContain("## 检查内容");
  });

  it("--format json carries the page and the title in the language", async () => {
    const run = await runCli(["rules", "runs-target", "--format", "json"], { env: ZH });
    const entry = JSON.parse(run.stdout);
    expect(entry).toMatchObject({ id: "runs-target", title: "到办事现场次数超过目标", docs: "docs/rules/zh-CN/runs-target.md" });
    expect(entry.page).toBe(shown("docs/rules/zh-CN/runs-target.md"));
  });

  it("a rule with no Chinese page yet gets its English page rather than nothing", () => {
    const root = tempDir({ "docs/rules/new-rule.md": "# new-rule\n", "docs/rules/zh-CN/old-rule.md": "# old-rule\n" });
    expect(rulePage("new-rule", "zh-CN", root)).toBe(path.join(root, "docs/rules/new-rule.md"));
    expect(rulePage("old-rule", "zh-CN", root)).toBe(path.join(root, "docs/rules/zh-CN/old-rule.md"));
    expect(rulePage("old-rule", "en", root)).toBe(path.join(root, "docs/rules/old-rule.md"));
  });
});

describe("guidelint rules", () => {
  it("lists every rule with its Chinese title and Chinese page under a Chinese locale", async () => {
    const run = await runCli(["rules"], { env: ZH });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0].split(/\s{2,}/)).toEqual(["规则", "名称", "默认级别", "可自动修复", "文档"]);
    for (const rule of rules) {
      const line = lines.find((l) => l.startsWith(`${rule.id} `));
      expect(line, rule.id).toBeDefined();
      expect(line).toContain(rule.title?.["zh-CN"] ?? "(no title)");
      expect(line).toMatch(new RegExp(`docs/rules/zh-CN/${rule.id}\\.md$`));
    }
    // Columns line up in a terminal, where a Chinese character is two columns wide.
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\ua4cf\uff00-\uff60]/u.test(ch) ? 2 : 1), 0);
    const docsColumn = new Set(lines.map((l) => width(l.slice(0, l.search(/(docs\/|文档)/)))));
    expect(docsColumn.size).toBe(1);
  });

  it("keeps its English columns under an English locale", async () => {
    const run = await runCli(["rules"]);
    expect(run.stdout.split("\n")[0].split(/\s{2,}/)).toEqual(["rule", "default", "fixable", "docs"]);
    expect(run.stdout).toMatch(/^materials-vague\s+error\s+docs\/rules\/materials-vague\.md$/m);
  });
});

it("the published package holds the Chinese pages: package.json files takes in docs/rules/zh-CN", () => {
  const files = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { files: string[] }).files;
  expect(files.some((f) => ["docs", "docs/rules", "docs/rules/zh-CN"].includes(f.replace(/\/(\*\*)?$/, "")))).toBe(true);
});
