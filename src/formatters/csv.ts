// CSV for spreadsheets (Excel): UTF-8 with a byte-order mark, CRLF line ends, a field quoted when
// it holds a comma, a quote or a line break; Chinese headers in the zh-CN locale.
import { formatPath } from "../i18n/field-labels.js";
import { findingMessage, severityLabel } from "../i18n/finding-message.js";
import { OUTPUT_WORDS } from "../i18n/output-words.js";
import { csvDocument, csvField } from "../text/csv.js";
import { cellLabel } from "../engine/cell-label.js";
import type { Formatter } from "./types.js";

const HEADERS = ["columnFile", "columnLine", "columnColumn", "columnSeverity", "columnRule", "columnItemCode", "columnPath", "columnMessage"] as const;

export { csvField };

export const csv: Formatter = (result, { lang }) => {
  // The cell column only when a platform export was linted: a YAML-only run keeps the columns it always had.
  const withCells = result.results.some((file) => file.findings.some((f) => f.cell));
  const rows: (string | number)[][] = [[...HEADERS, ...(withCells ? (["columnCell"] as const) : [])].map((id) => OUTPUT_WORDS[id][lang])];
  for (const file of result.results) {
    for (const f of file.findings) {
      rows.push([
        file.file,
        f.line,
        f.column,
        severityLabel(f.severity, lang),
        f.ruleId,
        f.itemCode ?? file.itemCode ?? "",
        formatPath(f.path),
        findingMessage(f, lang),
        ...(withCells ? [f.cell ? cellLabel(f.cell) : ""] : []),
      ]);
    }
  }
  return csvDocument(rows);
};
