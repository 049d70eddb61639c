import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import type { LintResult } from "../../src/engine/result.js";
import { html } from "../../src/formatters/html.js";
import { ROOT, itemText, runCli, tempDir } from "../support/cli.js";
import { context, lintFixture } from "./support.js";

const VOID = new Set(["meta", "br", "link", "hr", "img", "input", "wbr"]);

/** Tags nest and close, attributes are quoted, no raw `<` in text: enough to trust a browser reads it as written. */
function checkWellFormed(page: string): void {
  const body = page.replace(/^<!DOCTYPE html>\n/, "").replace(/<style>[\s\S]*?<\/style>/, "<style></style>");
  const open: string[] = [];
  const tag = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|</gy;
  let at = 0;
  for (;;) {
    const next = body.indexOf("<", at);
    if (next < 0) break;
    tag.lastIndex = next;
    const m = tag.exec(body);
    if (!m || m[0] === "<") throw new Error(`not a tag at ${next}: ${body.slice(next, next + 40)}`);
    const [, closing, name] = m;
    if (closing) {
      const top = open.pop();
      if (top !== name) throw new Error(`</${name}> closes <${top}> at ${next}`);
    } else if (!VOID.has(name)) open.push(name);
    at = tag.lastIndex;
  }
  expect(open).toEqual([]);
  expect(body.replace(/<[^>]*>/g, "")).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|#39|#x[0-9a-f]+|#\d+);)/i);
}

const textOf = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("html", () => {
  let sample: LintResult;
  beforeAll(async () => {
    const run = await lint({ cwd: ROOT });
    sample = { results: run.results, summary: run.summary, toolErrors: run.toolErrors };
  });

  it("is one self-contained, well-formed page: inline CSS, no script, nothing fetched", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const page = html(sample, context(lang));
      expect(page).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`));
      expect(page).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import|href="(?!#)/i);
      checkWellFormed(page);
    }
  });

  it("lists every finding under its file, with position, severity, rule title and id, and message", () => {
    const page = html(sample, context("zh-CN"));
    const text = textOf(page);
    const findings = sample.results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));
    expect(findings.length).toBeGreaterThan(10);
    expect(page.match(/<tr class="finding"/g)).toHaveLength(findings.length);
    expect(page.match(/<section class="file"/g)).toHaveLength(sample.results.filter((r) => r.findings.length > 0).length);
    for (const { file, f } of findings) {
      const section = page.slice(page.indexOf(`<section class="file" data-file="${file}">`));
      expect(section.slice(0, section.indexOf("</section>"))).toContain(`<tr class="finding" data-rule="${f.ruleId}">`);
      expect(text).toContain(`${file}:${f.line}:${f.column}`);
    }
    expect(page).toContain("申请材料含兜底表述<br><code>materials-vague</code>");
    const { errors, warnings } = sample.summary;
    const files = sample.results.filter((r) => r.findings.length > 0).length;
    expect(text).toContain(`共 ${errors + warnings} 个问题（${errors} 个错误，${warnings} 个警告），涉及 ${files} 个文件`);
    // a same-source mismatch shows both values and the diff as marked-up spans, never raw markers
    expect(page).toMatch(/<del>1<\/del><ins>十<\/ins>/);
    expect(text).not.toMatch(/\[-|\{\+/);
    expect(html(sample, context("en"))).toContain("Catch-all material<br><code>materials-vague</code>");
  });

  it("escapes what the catalog says, in text and in attributes", async () => {
    const evil = "<script>alert(\"x\")</script> & 'q'";
    const { result } = await lintFixture({
      "catalog/<b>.yaml": itemText({ "name: 食品经营许可（新办）": `name: '食品经营许可(新办)${evil.replace(/'/g, "''")}'` }),
    });
    const page = html(result, context());
    expect(page).not.toContain("<script");
    expect(page).not.toContain("<b>");
    expect(page).toContain('data-rule="name-format"');
    expect(page).toContain('data-file="catalog/&lt;b&gt;.yaml"');
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;");
    checkWellFormed(page);
  });

  it("places a finding on a platform export at its cell", async () => {
    const dir = tempDir({ "bad.csv": "实施编码,事项名称,事项类型\r\n,孤儿,01\r\nC1,甲,01\r\n" });
    const run = await lint({ cwd: dir, paths: ["bad.csv"] });
    const page = html({ results: run.results, summary: run.summary, toolErrors: run.toolErrors }, context("zh-CN"));
    expect(page).toContain('<tr class="finding" data-rule="export-data"><td class="pos">bad.csv A2</td>');
    expect(page).toContain("导出表格行或单元格无法读取<br><code>export-data</code>");
  });

  it("says so when clean, and is what `lint --format html=<file>` writes", async () => {
    const clean = (await lintFixture({ "catalog/a.yaml": itemText() })).result;
    expect(textOf(html(clean, context()))).toContain("No problems in 1 file.");
    const dir = tempDir({ "catalog/a.yaml": itemText({ "  - name: 食品安全管理制度文本": "  - name: 其他相关材料" }) });
    const run = await runCli(["lint", "catalog", "--format", "html=out/lint.html", "--format", "stylish"], { cwd: dir });
    expect(run.status).toBe(1);
    const page = readFileSync(path.join(dir, "out/lint.html"), "utf8");
    expect(page).toContain('data-rule="materials-vague"');
    checkWellFormed(page);
  });
});
