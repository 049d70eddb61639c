export { buildAuditReport, DEFAULT_REPORT_DIMENSIONS, type AuditReport } from "./model.js";
export { renderHtml } from "./html.js";
export { renderMarkdown } from "./markdown.js";
export { renderCsv } from "./csv.js";

import type { BrowserLookup } from "./browser.js";
import type { AuditReport } from "./model.js";
import { renderCsv } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";

/** How the PDF finds its browser (--browser, the environment, the platform's usual places). */
export type ReportRenderOptions = Partial<BrowserLookup>;

// Word and PDF load their libraries (docx, playwright-core) only when asked for: `lint` and the
// text formats never resolve them.
export const REPORT_FORMATS = {
  html: renderHtml,
  markdown: renderMarkdown,
  csv: renderCsv,
  docx: async (report: AuditReport): Promise<Uint8Array> => (await import("./docx.js")).renderDocx(report),
  pdf: async (report: AuditReport, options: ReportRenderOptions = {}): Promise<Uint8Array> =>
    (await import("./pdf.js")).renderPdf(report, { env: process.env, platform: process.platform, ...options }),
} satisfies Record<string, (report: AuditReport, options?: ReportRenderOptions) => string | Promise<Uint8Array>>;
export type ReportFormat = keyof typeof REPORT_FORMATS;

/** Formats whose output is bytes: written to a file (or a pipe), never poured onto a terminal. */
export const BINARY_REPORT_FORMATS: ReadonlySet<ReportFormat> = new Set(["docx", "pdf"]);
