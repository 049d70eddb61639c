import { formatPath } from "../i18n/field-labels.js";
import { findingMessage } from "../i18n/finding-message.js";
import type { Finding } from "../engine/result.js";
import type { Formatter } from "./types.js";

function cellFields(f: Finding) {
  const cell = f.cell!;
  if (cell.cell === undefined) return { source: cell.place };
  return { ...(cell.sheet !== undefined ? { sheet: cell.sheet } : {}), cell: cell.cell, row: f.line };
}

/** For tools: the shape cli.md defines; positions 1-based, paths relative with forward slashes. */
export const json: Formatter = (result, { lang, version }) => {
  const toJson = (f: Finding) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: findingMessage(f, lang),
    messageId: f.messageId,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: formatPath(f.path),
    ...(f.itemCode ? { itemCode: f.itemCode } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.field ? { field: f.field } : {}),
    ...(f.related ? { related: f.related.map((r) => ({ ...r, path: r.path ? formatPath(r.path) : undefined })) } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    // Each suggestion's description in the run's language; its fix as the finding carries it.
    ...(f.suggestions?.length ? { suggestions: f.suggestions.map((s) => ({ desc: s.desc[lang], fix: s.fix })) } : {}),
    // On a platform export: the cell (line and column are its row and column), or the JSON path.
    ...(f.cell ? cellFields(f) : {}),
    ...(f.origin ? { origin: f.origin } : {}),
  });
  const output = {
    version,
    results: result.results.map((file) => ({
      file: file.file,
      ...(file.itemCode ? { itemCode: file.itemCode } : {}),
      findings: file.findings.map(toJson),
      // Silenced findings stay countable: by an inline comment (with its reason) or by the baseline.
      ...(file.suppressed?.length ? { suppressed: file.suppressed.map((f) => ({ ...toJson(f), ...(f.reason ? { reason: f.reason } : {}) })) } : {}),
      ...(file.baselined?.length ? { baselined: file.baselined.map(toJson) } : {}),
    })),
    summary: result.summary,
    ...(result.staleBaseline ? { staleBaseline: result.staleBaseline } : {}),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
