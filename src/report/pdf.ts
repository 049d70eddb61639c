// The PDF report: the HTML report printed by a Chromium-family browser already on the machine,
// driven by playwright-core over the DevTools protocol. playwright-core is an optional peer: it is
// loaded only here, so lint, metrics and the other report formats never pay for it, and a machine
// without it (or without a browser) gets an exit-2 message naming what to install.
import { UsageError } from "../errors.js";
import { renderText } from "../i18n/render.js";
import { REPORT_WORDS } from "../i18n/report-words.js";
import { findBrowser, type BrowserLookup } from "./browser.js";
import { escapeHtml } from "./escape.js";
import { renderHtml } from "./html.js";
import type { AuditReport } from "./model.js";

/** A4 portrait; the header and footer are drawn inside the top and bottom margins. */
const MARGIN = { top: "18mm", bottom: "16mm", left: "15mm", right: "15mm" };
const TEMPLATE_STYLE = 'font-size:8pt;color:#666;width:100%;padding:0 15mm;font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif';

/**
 * The browser and the driver, or exit 2 naming what to install. The CLI asks before the run, so a
 * machine without them learns it at once, not after the whole catalog was checked.
 */
export async function printerReady(lookup: BrowserLookup): Promise<{ executable: string; playwright: typeof import("playwright-core") }> {
  const browser = findBrowser(lookup);
  if (!browser.found) {
    throw browser.named !== undefined
      ? new UsageError("pdfBrowserMissing", { file: browser.named })
      : new UsageError("pdfNoBrowser", { searched: browser.searched.join(", ") });
  }
  return { executable: browser.executable, playwright: await loadPlaywright() };
}

export async function renderPdf(report: AuditReport, lookup: BrowserLookup): Promise<Uint8Array> {
  const { executable, playwright } = await printerReady(lookup);
  let instance: import("playwright-core").Browser | undefined;
  try {
    instance = await playwright.chromium.launch({
      executablePath: executable,
      headless: true,
      args: ["--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = await instance.newPage();
    // The report is self-contained: anything it would fetch is a bug, not something to wait for.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(renderHtml(report), { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      landscape: false,
      margin: MARGIN,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(report),
      footerTemplate: footerTemplate(report),
    });
    return new Uint8Array(pdf);
  } catch (error) {
    throw new UsageError("pdfPrintFailed", { browser: executable, detail: (error as Error).message.split("\n")[0] });
  } finally {
    await instance?.close().catch(() => undefined);
  }
}

async function loadPlaywright(): Promise<typeof import("playwright-core")> {
  try {
    return await import("playwright-core");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") throw new UsageError("pdfNoPlaywright");
    throw error;
  }
}

/** The title and 统计截至 on every page, as a bulletin's running head. */
function headerTemplate(report: AuditReport): string {
  const right = report.period ? escapeHtml(renderText(REPORT_WORDS.asOf, { date: report.period.asOf }, report.lang)) : "";
  return `<div style="${TEMPLATE_STYLE}"><span style="float:right">${right}</span><span>${escapeHtml(report.title)}</span></div>`;
}

/** 第 n 页 / 共 m 页: Chromium fills the pageNumber and totalPages spans. */
function footerTemplate(report: AuditReport): string {
  const words = escapeHtml(renderText(REPORT_WORDS.pageOf, { page: "@@PAGE@@", pages: "@@PAGES@@" }, report.lang))
    .replace("@@PAGE@@", '<span class="pageNumber"></span>')
    .replace("@@PAGES@@", '<span class="totalPages"></span>');
  return `<div style="${TEMPLATE_STYLE};text-align:center">${words}</div>`;
}
