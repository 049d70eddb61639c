// JUnit XML for CI test tabs (docs/ci-formats.md): one testsuite per file, one failing testcase
// per finding named "rule path (line:col)", one passing testcase per clean file. GitLab drops
// testcases whose classname+name repeat, so a repeated name gets " #2", " #3"…
import { formatPath } from "../i18n/field-labels.js";
import { findingMessage, severityLabel } from "../i18n/finding-message.js";
import { withCell } from "../engine/cell-label.js";
import { ruleLabel } from "./rule-names.js";
import type { Formatter } from "./types.js";

/** Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/FFFF). */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text or attribute value, escaped; line breaks kept as character references in attributes. */
export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/** A CDATA section; `]]>` inside is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(INVALID_XML, "\ufffd").replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

export const junit: Formatter = (result, { lang }) => {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const totalTests = result.results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const totalFailures = result.results.reduce((n, r) => n + r.findings.length, 0);
  out.push(`<testsuites name="guidelint" tests="${totalTests}" failures="${totalFailures}" errors="0">`);
  // classname + name, over the whole report: a repeat gets " #2", " #3"…
  const used = new Map<string, number>();
  const unique = (classname: string, name: string) => {
    const key = `${classname}\u0000${name}`;
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    return n === 1 ? name : `${name} #${n}`;
  };
  for (const file of result.results) {
    const name = xmlEscape(file.file);
    const tests = Math.max(1, file.findings.length);
    out.push(`  <testsuite name="${name}" tests="${tests}" failures="${file.findings.length}" errors="0" skipped="0">`);
    if (file.findings.length === 0) {
      out.push(`    <testcase classname="${name}" name="${xmlEscape(unique(file.file, "guidelint"))}"/>`);
    }
    for (const f of file.findings) {
      const caseName = unique(file.file, `${f.ruleId} ${formatPath(f.path)} (${f.line}:${f.column})`);
      const message = withCell(f, findingMessage(f, lang));
      const body = `${file.file}:${f.line}:${f.column}  ${severityLabel(f.severity, lang)}  ${ruleLabel(f.ruleId, lang)}\n${message}${f.itemCode ? `\n${f.itemCode} ${formatPath(f.path)}` : ""}`;
      out.push(
        `    <testcase classname="${name}" name="${xmlEscape(caseName)}">`,
        `      <failure type="${xmlEscape(f.ruleId)}" message="${xmlEscape(message)}">${cdata(body)}</failure>`,
        "    </testcase>",
      );
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
};
