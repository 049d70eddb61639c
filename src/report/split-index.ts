// The index of a split: one row per unit with its rank, items, errors and warnings, linking to its
// list. HTML, Markdown or CSV (a split into Word or PDF lists gets an HTML index).
import { renderText } from "../i18n/render.js";
import type { Lang } from "../i18n/localized.js";
import { csvDocument } from "../text/csv.js";
import { markdownInert } from "../text/markdown-text.js";
import { escapeHtml } from "./escape.js";
import type { SplitReports } from "./split.js";
import { SPLIT_WORDS } from "./split-words.js";
import { UNASSIGNED } from "./split-units.js";

type IndexFormat = "html" | "markdown" | "csv";

/** The index's own format: the lists' when it is a text one, else HTML. */
export function indexFormat(format: string): IndexFormat {
  return format === "markdown" || format === "csv" ? format : "html";
}

export function renderSplitIndex(split: SplitReports, files: ReadonlyMap<string, string>, format: IndexFormat, lang: Lang): string {
  const w = (text: { en: string; "zh-CN": string }, data: Record<string, string | number> = {}) => renderText(text, data, lang);
  const title = w(SPLIT_WORDS.indexTitle, { dimension: split.dimensionLabel });
  const head = [w(SPLIT_WORDS.rankColumn), split.dimensionLabel, w(SPLIT_WORDS.items), w(SPLIT_WORDS.errors), w(SPLIT_WORDS.warnings), w(SPLIT_WORDS.file)];
  const rows = split.units.map((u) => ({
    rank: u.rankShown ?? "",
    unit: u.label,
    items: u.items,
    errors: u.errors,
    warnings: u.warnings,
    file: files.get(u.key)!,
  }));
  const note = split.units.some((u) => u.key === UNASSIGNED) ? w(SPLIT_WORDS.unassignedNote) : "";

  if (format === "csv") return csvDocument([head, ...rows.map((r) => [r.rank, r.unit, r.items, r.errors, r.warnings, r.file])], { quoteAll: true });
  if (format === "markdown") {
    const cell = (text: string) => markdownInert(text.replace(/\r?\n|\r/g, " ")).replace(/[\\`*_|[\]]/g, (ch) => `\\${ch}`);
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    const out = [`# ${cell(title)}`, "", line(head.map(cell)), line(["---:", "---", "---:", "---:", "---:", "---"])];
    for (const r of rows) {
      out.push(line([cell(r.rank), cell(r.unit), String(r.items), String(r.errors), String(r.warnings), `[${cell(r.file)}](${encodeURI(r.file)})`]));
    }
    if (note) out.push("", cell(note));
    return `${out.join("\n")}\n`;
  }
  const e = escapeHtml;
  const body = rows
    .map(
      (r) =>
        `<tr><td class="num">${e(r.rank)}</td><td>${e(r.unit)}</td><td class="num">${r.items}</td><td class="num">${r.errors}</td>` +
        `<td class="num">${r.warnings}</td><td><a href="${e(encodeURI(r.file))}">${e(r.file)}</a></td></tr>`,
    )
    .join("\n");
  return [
    "<!doctype html>",
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${e(title)}</title>`,
    "<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3em .6em}td.num{text-align:right}</style>",
    `</head><body><h1>${e(title)}</h1>`,
    `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>`,
    body,
    "</tbody></table>",
    note ? `<p>${e(note)}</p>` : "",
    "</body></html>",
    "",
  ].join("\n");
}
