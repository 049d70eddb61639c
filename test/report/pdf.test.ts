// The PDF report: which browser prints it, what a machine without one is told, and (when Debian's
// chromium is installed, as .ci/run does) the printed sample report: A4, every table within the
// page's content width in print media.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { findBrowser } from "../../src/report/browser.js";
import { renderPdf } from "../../src/report/pdf.js";
import { runCli, tempDir } from "../support/cli.js";

describe("findBrowser", () => {
  const on =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);
  it.each([
    ["linux: Debian's chromium", "linux" as const, {}, on("/usr/bin/chromium", "/usr/bin/google-chrome"), "/usr/bin/chromium"],
    ["linux: Ubuntu's chromium-browser", "linux" as const, {}, on("/usr/bin/chromium-browser"), "/usr/bin/chromium-browser"],
    ["linux: Google Chrome", "linux" as const, {}, on("/usr/bin/google-chrome"), "/usr/bin/google-chrome"],
    [
      "windows: Edge when Chrome is absent",
      "win32" as const,
      { PROGRAMFILES: "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)" },
      on("C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"),
      "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
    ],
    [
      "windows: Chrome first",
      "win32" as const,
      {},
      on("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"),
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    ],
    [
      "macOS: Chrome in /Applications",
      "darwin" as const,
      {},
      on("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ],
    ["GUIDELINT_BROWSER wins", "linux" as const, { GUIDELINT_BROWSER: "/opt/x/chrome" }, on("/opt/x/chrome", "/usr/bin/chromium"), "/opt/x/chrome"],
  ])("%s", (_name, platform, env, exists, expected) => {
    expect(findBrowser({ env, platform, exists })).toEqual({ found: true, executable: expected });
  });

  it("--browser wins over GUIDELINT_BROWSER, and a named browser that is missing is not replaced by another", () => {
    const exists = (file: string) => file === "/usr/bin/chromium";
    expect(findBrowser({ option: "/usr/bin/chromium", env: { GUIDELINT_BROWSER: "/nope" }, platform: "linux", exists })).toEqual({
      found: true,
      executable: "/usr/bin/chromium",
    });
    expect(findBrowser({ env: { GUIDELINT_BROWSER: "/nope" }, platform: "linux", exists })).toEqual({ found: false, named: "/nope", searched: ["/nope"] });
  });

  it("says where it looked when there is none", () => {
    const result = findBrowser({ env: {}, platform: "linux", exists: () => false });
    expect(result.found).toBe(false);
    expect(!result.found && result.searched).toContain("/usr/bin/google-chrome");
  });
});

describe("a machine without a browser", () => {
  it("renderPdf is a usage error naming what to install, not a crash", async () => {
    const report = { lang: "en", title: "t" } as Parameters<typeof renderPdf>[0];
    const error = await renderPdf(report, { env: {}, platform: "linux", exists: () => false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).messageId).toBe("pdfNoBrowser");
  });

  it.each([
    ["--browser", ["--browser", "/nowhere/chrome"], {}],
    ["GUIDELINT_BROWSER", [], { GUIDELINT_BROWSER: "/nowhere/chrome" }],
  ])("a browser named by %s that does not exist: exit 2 naming it", async (_name, args, env) => {
    const file = path.join(tempDir(), "report.pdf");
    const run = await runCli(["report", "--quiet", ...args, "-o", file], { env });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("/nowhere/chrome");
    expect(run.stderr).toContain("--browser /usr/bin/chromium");
  });

  it("in Chinese, names the install and the two ways to point at a browser", async () => {
    const run = await runCli(["report", "--quiet", "--lang", "zh-CN", "-o", path.join(tempDir(), "报告.pdf")], { env: { GUIDELINT_BROWSER: "/无/chrome" } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("浏览器 /无/chrome（来自 --browser 或 GUIDELINT_BROWSER）不存在");
  });
});

const browser = findBrowser({ env: process.env, platform: process.platform });
if (!browser.found) {
  // Loud on purpose: a skipped print test is easy to miss in a green run.
  console.warn(
    `\n*** No Chromium, Chrome or Edge found (${browser.searched.join(", ")}): the PDF print tests are SKIPPED. apt-get install -y chromium; .ci/run does. ***\n`,
  );
}

describe.skipIf(!browser.found)("the sample report printed on A4", () => {
  let dir: string;
  let html: string;
  let context: import("playwright-core").Browser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "guidelint-pdf-"));
    const run = await runCli(["report", "--profile", "sichuan-pengxi-2021", "--lang", "zh-CN", "-o", path.join(dir, "report.html")]);
    expect(run.status).toBe(0);
    html = readFileSync(path.join(dir, "report.html"), "utf8");
    const { chromium } = await import("playwright-core");
    context = await chromium.launch({ executablePath: browser.found ? browser.executable : undefined, headless: true, args: ["--disable-gpu"] });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("report --format pdf writes an A4 PDF with page numbers", async () => {
    const file = path.join(dir, "report.pdf");
    const run = await runCli(["report", "--profile", "sichuan-pengxi-2021", "--lang", "zh-CN", "-o", file]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const pdf = readFileSync(file).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    // 8 pages since the print layout lets sections flow (it was 9 with a page break before each section);
    // the bound leaves room for longer region and unit names, not for a page left nearly empty.
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(10);
    // A4 portrait in points (595.3 × 841.9; Chromium rounds to its pixel grid).
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes).toHaveLength(pages);
    for (const [width, height] of boxes) {
      expect(Math.abs(width - 595.3)).toBeLessThan(2);
      expect(Math.abs(height - 841.9)).toBeLessThan(2);
    }
  }, 60_000);

  it("in print media, no table, cell or chart is wider than the page's content width", async () => {
    // A4 less the 15 mm side margins, in CSS pixels (96 per inch).
    const contentWidth = Math.floor(((210 - 30) / 25.4) * 96);
    const page = await context.newPage({ viewport: { width: contentWidth, height: 1000 } });
    await page.emulateMedia({ media: "print" });
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    // The worst a catalog brings: an unbroken code in a message, a long unit name, a deep path.
    await page.evaluate((long) => {
      const message = document.querySelector("tr.finding td:last-child");
      const position = document.querySelector("tr.finding td.pos");
      const unit = document.querySelector("section.rankings tbody td:nth-child(2)");
      message?.prepend(document.createTextNode(`${long} `));
      if (position) position.textContent = `catalog/${long}/${long}.yaml:1:1`;
      if (unit) unit.textContent = `遂宁市${long}`;
    }, "X1151090".repeat(30));
    const overflows = await page.evaluate((width) => {
      const found: string[] = [];
      const name = (el: Element) => `${el.tagName.toLowerCase()}${el.closest("section") ? ` in section.${el.closest("section")!.className}` : ""}`;
      for (const table of document.querySelectorAll("table")) {
        const container = table.parentElement!;
        if (table.scrollWidth > container.clientWidth + 1) found.push(`${name(table)}: ${table.scrollWidth} > ${container.clientWidth}`);
        if (table.getBoundingClientRect().right > width + 1) found.push(`${name(table)} ends at ${table.getBoundingClientRect().right}`);
      }
      for (const cell of document.querySelectorAll("td, th")) {
        if (cell.scrollWidth > cell.clientWidth + 1) found.push(`${name(cell)} "${cell.textContent!.slice(0, 30)}": ${cell.scrollWidth} > ${cell.clientWidth}`);
      }
      for (const svg of document.querySelectorAll("svg")) {
        if (svg.getBoundingClientRect().right > width + 1) found.push(`${name(svg)} ends at ${svg.getBoundingClientRect().right}`);
      }
      return found;
    }, contentWidth);
    expect(await page.locator("table").count()).toBeGreaterThanOrEqual(4);
    expect(overflows).toEqual([]);
    await page.close();
  }, 60_000);
});
