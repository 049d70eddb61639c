// The hostile corpus through the formatters: each value is put where a catalog puts user data (a
// file name, an item code, a value quoted in a message, a channel snapshot's value) and every
// output format is checked for what it must not let through.
import { describe, expect, it } from "vitest";
import type { Finding, LintResult } from "../../src/engine/result.js";
import { csv } from "../../src/formatters/csv.js";
import { checkstyle } from "../../src/formatters/checkstyle.js";
import { github } from "../../src/formatters/github.js";
import { junit } from "../../src/formatters/junit.js";
import { markdown } from "../../src/formatters/markdown.js";
import { SARIF_MAX_RESULTS, sarif } from "../../src/formatters/sarif.js";
import { sourcesText } from "../../src/formatters/sources.js";
import { stylish } from "../../src/formatters/stylish.js";
import { PLAIN, type TextStyle } from "../../src/formatters/types.js";
import { context } from "../formatters/support.js";
import { csvCells, HTML_FORBIDDEN, OWN_COLOURS, RAW_CONTROL } from "./output-support.js";

/** Colours as chalk writes them: the only escape sequences a text output may hold. */
const COLOUR: TextStyle = {
  error: (t) => `\u001b[31m${t}\u001b[39m`,
  warning: (t) => `\u001b[33m${t}\u001b[39m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  underline: (t) => `\u001b[4m${t}\u001b[24m`,
};

/** [name, value, how a terminal shows it (undefined: as it is)] */
const HOSTILE: Array<[string, string, string | undefined]> = [
  ["OSC title", "\u001b]0;pwned\u0007", "\\e]0;pwned\\a"],
  ["clear screen", "\u001b[2J\u001b[H", "\\e[2J\\e[H"],
  ["OSC 8 link", "\u001b]8;;https://evil.example\u001b\\x\u001b]8;;\u001b\\", "\\e]8;;https://evil.example\\e\\x\\e]8;;\\e\\"],
  ["8-bit CSI", "\u009b2J", "\\x9b2J"],
  ["BEL", "ding\u0007", "ding\\a"],
  ["NUL", "a\u0000b", "a\\x00b"],
  ["carriage return", "ok\rforged", "ok\\rforged"],
  ["line separator", "a\u2028b", "a\\u2028b"],
  ["RTL override", "\u202eevil", "\\u202eevil"],
  ["noncharacter", "x\ufffe", undefined],
  ["lone surrogate", "x\ud800", undefined],
  ["formula =", "=1+1", undefined],
  ["formula +", "+1+1", undefined],
  ["formula -", "-2+3", undefined],
  ["formula @", "@SUM(A1)", undefined],
  ["HYPERLINK", '=HYPERLINK("http://evil.example","x")', undefined],
  ["img tag", "<img src=x onerror=alert(1)>", undefined],
  ["closing table", "</td></table>", undefined],
  ["pipe", "a|b|c", undefined],
  ["line feed", "a\nb", "a\\nb"],
];

function finding(value: string, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: "code-format",
    severity: "error",
    messageId: "codeCharacters",
    data: { value, chars: "x" },
    path: ["code"],
    itemCode: value,
    line: 3,
    column: 7,
    endLine: 3,
    endColumn: 20,
    ...over,
  };
}

/** One file named after the value, with two findings quoting it (item code and message). */
function resultWith(value: string): LintResult {
  const findings = [finding(value), finding(value, { severity: "warning", line: 4, endLine: 4 })];
  return {
    results: [{ file: `catalog/${value}.yaml`, filePath: `/tmp/catalog/${value}.yaml`, itemCode: value, findings }],
    summary: { files: 1, errors: 1, warnings: 1, fixable: 0, suppressed: 0, baselined: 0 },
    toolErrors: [],
  };
}

/** A channel snapshot showing the value where the master record says something else. */
function mismatchWith(value: string): LintResult {
  const f = finding(value, {
    ruleId: "same-source-mismatch",
    messageId: "differs",
    data: { channel: value, field: value, shown: value, master: "蓬溪县行政审批局", diff: value },
    channel: value,
    field: value,
    related: [{ file: `catalog/${value}.yaml`, line: 1, column: 1, endLine: 1, endColumn: 2 }],
  });
  return { ...resultWith(value), results: [{ file: `snapshots/${value}.yaml`, filePath: "/tmp/s.yaml", findings: [f] }] };
}

describe.each(HOSTILE)("hostile value: %s", (_, value, shown) => {
  it("stylish: no raw control reaches the terminal, only guidelint's own colours; the value is shown escaped", () => {
    for (const style of [PLAIN, COLOUR]) {
      const out = stylish(resultWith(value), { ...context(), style });
      expect(out.replace(OWN_COLOURS, "")).not.toMatch(RAW_CONTROL);
      if (shown) expect(out).toContain(`catalog/${shown}.yaml`);
    }
    expect(stylish(resultWith(value), { ...context(), style: COLOUR })).toMatch(OWN_COLOURS);
  });

  it("sources: codes, channels, fields, values and the diff come out escaped", () => {
    const out = sourcesText(mismatchWith(value), { ...context(), style: COLOUR });
    expect(out.replace(OWN_COLOURS, "")).not.toMatch(RAW_CONTROL);
    if (shown) expect(out).toContain(shown);
  });

  it("csv: no cell starts with = + - @ tab or CR; the value's cells start with '", () => {
    const rows = csvCells(csv(resultWith(value), context()));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toHaveLength(8);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    if (/^[=+\-@]/.test(value)) {
      expect(rows[1][0]).toBe(`catalog/${value}.yaml`); // starts with `catalog/`, no formula
      expect(rows[1][5]).toBe(`'${value}`);
    }
  });

  it("markdown: one table row per finding, no live HTML, no forbidden code point", () => {
    const out = markdown(resultWith(value), context());
    const rows = out.split("\n").filter((l) => l.startsWith("| "));
    expect(rows).toHaveLength(1 + 2); // the header and two findings
    const unescapedPipes = (l: string) => l.replace(/\\\\/g, "").match(/(?<!\\)\|/g)!.length;
    for (const row of rows) expect(unescapedPipes(row)).toBe(5);
    expect(out.replace(/<br>/g, "")).not.toMatch(/<|>/);
    expect(out).not.toMatch(HTML_FORBIDDEN);
  });

  it("junit and checkstyle: XML 1.0 characters only, no markup from data", () => {
    for (const format of [junit, checkstyle]) {
      const out = format(resultWith(value), context());
      expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      // CDATA sections are text however they read.
      expect(out.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")).not.toMatch(/<(img|td|table)\b|<\/(td|table)>/);
    }
  });

  it("sarif and github stay machine-readable", () => {
    const log = JSON.parse(sarif(resultWith(value), context()));
    expect(log.runs[0].results[0].properties.itemCode).toBe(value);
    const lines = github(resultWith(value), context()).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) /);
    // the message part, after the properties, holds no raw control for the log to render
    for (const line of lines) expect(line.slice(line.indexOf("::", 2))).not.toMatch(RAW_CONTROL);
  });
});

describe("SARIF past GitHub's cap of 25,000 results", () => {
  /** 25,000 warnings in the first file, then `errors` errors in a later one: file order would drop every error. */
  function warningsThenErrors(errors: number): LintResult {
    const warning = finding("W", { severity: "warning" });
    const error = finding("E");
    return {
      results: [
        { file: "catalog/a.yaml", filePath: "/tmp/a.yaml", findings: Array.from({ length: SARIF_MAX_RESULTS }, () => warning) },
        { file: "catalog/z.yaml", filePath: "/tmp/z.yaml", findings: Array.from({ length: errors }, () => error) },
      ],
      summary: { files: 2, errors, warnings: SARIF_MAX_RESULTS, fixable: 0, suppressed: 0, baselined: 0 },
      toolErrors: [],
    };
  }

  it.each([1, 7, 300])("keeps all %i errors, first, and fills up with warnings", (errors) => {
    const run = JSON.parse(sarif(warningsThenErrors(errors), context())).runs[0];
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
    const levels = run.results.map((r: { level: string }) => r.level);
    expect(levels.filter((l: string) => l === "error")).toHaveLength(errors);
    expect(levels.slice(0, errors).every((l: string) => l === "error")).toBe(true);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("catalog/z.yaml");
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain(`${SARIF_MAX_RESULTS + errors} findings`);
  });

  it("under the cap the order is the files' own", () => {
    const small = warningsThenErrors(2);
    small.results[0].findings = small.results[0].findings.slice(0, 3);
    const run = JSON.parse(sarif(small, context())).runs[0];
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(["warning", "warning", "warning", "error", "error"]);
  });
});
