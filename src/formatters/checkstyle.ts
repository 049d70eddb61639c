// Checkstyle XML, as Jenkins warnings-ng and reviewdog read it:
// <checkstyle><file name><error line column severity message source="guidelint.<rule>"/></file></checkstyle>.
import { findingMessage } from "../i18n/finding-message.js";
import { xmlEscape } from "./junit.js";
import { withCell } from "../engine/cell-label.js";
import type { Formatter } from "./types.js";

export const checkstyle: Formatter = (result, { lang }) => {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const file of result.results) {
    if (file.findings.length === 0) {
      out.push(`  <file name="${xmlEscape(file.file)}"/>`);
      continue;
    }
    out.push(`  <file name="${xmlEscape(file.file)}">`);
    for (const f of file.findings) {
      const severity = f.severity === "error" ? "error" : "warning";
      out.push(
        `    <error line="${f.line}" column="${f.column}" severity="${severity}" message="${xmlEscape(withCell(f, findingMessage(f, lang)))}" source="guidelint.${xmlEscape(f.ruleId)}"/>`,
      );
    }
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return `${out.join("\n")}\n`;
};
