// The Word bulletin: the .docx is unzipped here (node:zlib, no library) and every XML part is
// checked for well-formedness, as Word and WPS refuse a file with one broken part; then the
// document is read for what a bulletin must say.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../dist/cli/main.js";
import { reportTarget } from "../../src/cli/report-command.js";
import { BIN, cliEnv, ROOT, runCli, tempDir } from "../support/cli.js";
import { documentText, unzip, xmlProblem } from "../support/docx.js";

async function bulletin(lang: "zh-CN" | "en"): Promise<Map<string, Buffer>> {
  const file = path.join(tempDir(), lang === "en" ? "bulletin.docx" : "周通报.docx");
  const run = await runCli(["report", "--profile", "sichuan-pengxi-2021", "--lang", lang, "--as-of", "2026-11-27", "-o", file]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return unzip(readFileSync(file));
}

describe("report --format docx", () => {
  it("writes a zip of well-formed XML parts that Word's package needs", async () => {
    const parts = await bulletin("zh-CN");
    for (const name of ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"]) {
      expect(parts.has(name), name).toBe(true);
    }
    for (const [name, data] of parts) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) expect(xmlProblem(data.toString("utf8")), name).toBeNull();
    }
    const types = parts.get("[Content_Types].xml")!.toString("utf8");
    expect(types).toContain('PartName="/word/document.xml"');
    expect(types).toContain("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    // Every part the relationships name exists.
    const rels = parts.get("word/_rels/document.xml.rels")!.toString("utf8");
    for (const [, target] of rels.matchAll(/Target="([^"]+)"/g)) {
      if (!/^https?:/.test(target)) expect(parts.has(`word/${target.replace(/^\.?\//, "")}`) || parts.has(target.replace(/^\//, "")), target).toBe(true);
    }
  });

  it("reads as a Chinese bulletin: title, 统计截至, summary against targets, 并列 ranks, lagging units, annex", async () => {
    const parts = await bulletin("zh-CN");
    const xml = parts.get("word/document.xml")!.toString("utf8");
    const text = documentText(xml);
    const lines = text.split("\n");
    expect(lines[0]).toBe("政务服务事项办事指南审核报告");
    expect(lines[1]).toMatch(/^统计截至 2026-11-27 · /);
    expect(text).toContain("政策目标方案 sichuan-pengxi-2021：蓬府办函〔2021〕6号");
    const summary = lines.find((line) => line.startsWith("本期共统计事项"))!;
    expect(summary).toMatch(/^本期共统计事项 54 项，检查文件 57 个，发现错误 \d+ 个、警告 \d+ 个；/);
    expect(summary).toContain("承诺时限比法定时限平均压缩率 77.0%，达到目标（≥ 60%）");
    expect(summary).toContain("网上可办率（三级及以上办理深度事项占比） 96.3%，未达到目标（≥ 100%）");
    expect(summary).toMatch(/4 项目标中 2 项达标。$/);
    expect(text).toContain("一、总体情况");
    expect(text).toContain("三、排名");
    // Tables: figures, two rankings, the annex; ranks with 并列.
    expect(xml.match(/<w:tbl>/g)?.length).toBe(4);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain("<w:tblHeader/>");
    expect(text).toContain("\n并列1\n");
    // The units below 100% online availability, named with their figures.
    const lagging = lines.find((line) => line.startsWith("按实施主体，网上可办率"))!;
    expect(lagging).toMatch(/未达到目标（≥ 100%）的有 2 个：遂宁市安居区卫生健康局（0\.0%）、遂宁市船山区民政局（0\.0%）。$/);
    expect(lines.find((line) => line.startsWith("按行政区划，网上可办率"))).toMatch(/的有 2 个：安居区（87\.5%）、船山区（83\.3%）。$/);
    // The annex: its own page, each finding's place, the rule's Chinese title and the message.
    expect(text).toContain("附件：问题清单");
    expect(xml).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*附件：问题清单/);
    expect(text).toContain("渠道发布内容与主记录不一致（same-source-mismatch）");
    expect(text).toMatch(/catalog\/510903\/[^\n]+\.yaml:\d+:\d+/);
    expect(text).not.toContain("CI");
  });

  it("sets an A4 portrait page, official margins, 黑体 headings, 仿宋 body and 宋体 tables", async () => {
    const parts = await bulletin("zh-CN");
    const xml = parts.get("word/document.xml")!.toString("utf8");
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"(?: w:orient="portrait")?\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/);
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(parts.get("word/styles.xml")!.toString("utf8")).toContain('w:eastAsia="仿宋"');
    // The footer numbers the pages with fields Word and WPS fill in.
    const footer = [...parts].find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1].toString("utf8");
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
    expect(documentText(footer).trim()).toBe("第  页 / 共  页");
  });

  it("writes the English bulletin in English fonts and words", async () => {
    const parts = await bulletin("en");
    const text = documentText(parts.get("word/document.xml")!.toString("utf8"));
    expect(text.split("\n")[0]).toBe("Service-guide catalog audit report");
    expect(text).toContain("1. Summary");
    expect(text).toMatch(/This period counts 54 items in 57 files checked/);
    expect(text).toContain("missing the target (≥ 100%)");
    expect(text).toContain("Annex: findings");
    // Lists join the English way (the annex quotes the catalog's own Chinese text, 、 and all).
    expect(text.slice(0, text.indexOf("Annex: findings"))).not.toMatch(/[一-龥]{2,}、/);
  });

  it("refuses to pour the bytes onto a terminal: exit 2 naming -o report.docx", async () => {
    class Terminal extends Writable {
      readonly isTTY = true;
      readonly columns = 80;
      written = "";
      override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
        this.written += chunk.toString();
        done();
      }
    }
    const stdout = new Terminal();
    const stderr = new Terminal();
    const io = { cwd: ROOT, env: cliEnv(), stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream };
    const status = await main([process.execPath, BIN, "report", "--format", "docx"], io);
    expect(status).toBe(2);
    expect(stdout.written).toBe("");
    expect(stderr.written).toContain("-o report.docx");
  });

  it("goes to a pipe when stdout is not a terminal (guidelint report --format docx > 周通报.docx)", async () => {
    const run = await runCli(["report", "--format", "docx", "--quiet"]);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith("PK")).toBe(true);
  });

  it.each([
    ["周通报.docx", "docx"],
    ["out/REPORT.PDF", "pdf"],
    ["r.html", "html"],
  ])("-o %s infers --format %s", (file, format) => {
    expect(reportTarget([], file)).toEqual({ format, file });
  });

  it("refuses a Word format written to a .pdf file", () => {
    expect(() => reportTarget(["docx"], "report.pdf")).toThrow(/reportExtensionMismatch/);
  });

  it("the report command loads neither docx nor playwright-core until asked for (static imports of dist/)", () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)) {
        if (specifier.startsWith(".")) visit(path.resolve(path.dirname(file), specifier));
        else bare.add(specifier);
      }
    };
    visit(path.join(ROOT, "dist/cli/report-command.js"));
    expect(seen.has(path.join(ROOT, "dist/report/index.js"))).toBe(true);
    expect(seen.has(path.join(ROOT, "dist/report/docx.js"))).toBe(false);
    expect(seen.has(path.join(ROOT, "dist/report/pdf.js"))).toBe(false);
    expect([...bare].filter((name) => name === "docx" || name.startsWith("playwright"))).toEqual([]);
  });
});
