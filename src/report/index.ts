export { buildAuditReport, DEFAULT_REPORT_DIMENSIONS, type AuditReport } from "./model.js";
export { renderHtml } from "./html.js";
export { renderMarkdown } from "./markdown.js";
export { renderCsv } from "./csv.js";

import type { AuditReport } from "./model.js";
import { renderCsv } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";

export const REPORT_FORMATS = { html: renderHtml, markdown: renderMarkdown, csv: renderCsv } satisfies Record<string, (report: AuditReport) => string>;
export type ReportFormat = keyof typeof REPORT_FORMATS;
