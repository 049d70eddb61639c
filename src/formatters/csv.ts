// CSV for spreadsheets (Excel): UTF-8 with a byte-order mark, CRLF line ends, a field quoted when
// it holds a comma, a quote or a line break; Chinese headers in the zh-CN locale.
import { formatPath } from "../i18n/field-labels.js";
import { findingMessage, severityLabel } from "../i18n/finding-message.js";
import { OUTPUT_WORDS } from "../i18n/output-words.js";
import { csvDocument, csvField } from "../text/csv.js";
import type { Formatter } from "./types.js";

const HEADERS = ["columnFile", "columnLine", "columnColumn", "columnSeverity", "columnRule", "columnItemCode", "columnPath", "columnMessage"] as const;

export { csvField };

export const csv: Formatter = (result, { lang }) => {
  const rows: (string | number)[][] = [HEADERS.map((id) => OUTPUT_WORDS[id][lang])];
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
      ]);
    }
  }
  return csvDocument(rows);
};
