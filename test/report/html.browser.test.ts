// The HTML report in a real browser: Debian's chromium, driven over the DevTools protocol by
// playwright-core (which downloads no browser). No network at all: any request is a failure.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.js";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const available = existsSync(CHROMIUM);

if (!available) {
  // Loud on purpose: a skipped browser test is easy to miss in a green run.
  console.warn(
    `\n*** ${CHROMIUM} not found: the HTML report's browser test is SKIPPED. Install Debian's chromium (apt-get install -y chromium); .ci/run does. ***\n`,
  );
}

describe.skipIf(!available)("HTML report in headless Chromium", () => {
  let dir: string;
  let browser: import("playwright-core").BrowserContext;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "guidelint-report-"));
    const { chromium } = await import("playwright-core");
    // A fresh profile each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(path.join(dir, "profile"), {
      executablePath: CHROMIUM,
      viewport: { width: 1200, height: 900 },
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ["zh-CN", "en"] as const) {
    it(`renders the sample catalog's report (${lang}) with no console error, no request and its charts`, async () => {
      const file = path.join(dir, `audit-${lang}.html`);
      const run = await runCli(["report", "--profile", "sichuan-pengxi-2021", "--lang", lang, "-o", file]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);

      const page = await browser.newPage();
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      const failed: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(error.message));
      page.on("request", (request) => {
        if (!request.url().startsWith("file:")) requests.push(request.url());
      });
      page.on("requestfailed", (request) => failed.push(request.url()));
      // Nothing may leave the page: abort any request that is not the report itself.
      await page.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));

      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });

      expect(await page.getAttribute("html", "lang")).toBe(lang);
      expect(await page.locator("svg.bar").count()).toBe(12);
      expect(await page.locator("svg.ranking").count()).toBe(2);
      expect(await page.locator("svg .target").count()).toBeGreaterThan(0);
      expect(await page.locator("tr.finding").count()).toBeGreaterThan(0);
      expect(await page.locator("tr.finding del, tr.finding ins").count()).toBeGreaterThan(0);
      // Charts have a size: they were laid out, not just parsed.
      const box = await page.locator("svg.ranking").first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      expect(await page.locator("script").count()).toBe(0);

      if (lang === "zh-CN") {
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: path.join(ARTIFACTS, "report.png"), fullPage: true });
        await page.emulateMedia({ media: "print" });
        await page.screenshot({ path: path.join(ARTIFACTS, "report-print.png"), fullPage: true });
      }
      await page.close();
      expect(consoleErrors).toEqual([]);
      expect(requests).toEqual([]);
      expect(failed).toEqual([]);
    });
  }
});
