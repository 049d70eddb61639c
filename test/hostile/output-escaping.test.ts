// The escaping building blocks, case by case: what a hostile value becomes in a terminal, in HTML,
// in Markdown and in a CSV cell. The formatters and the CLI are tested on the same values in
// output-formatters.test.ts and output-cli.test.ts; here each rule is written down once.
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/report/escape.js";
import { csvField } from "../../src/text/csv.js";
import { markdownCode, markdownInert } from "../../src/text/markdown-text.js";
import { htmlSafeCodePoints, terminalSafe } from "../../src/text/visible-controls.js";
import { HTML_FORBIDDEN } from "./output-support.js";

describe("terminalSafe: controls shown escaped, as git and GNU ls show them", () => {
  it.each([
    ["an OSC title change", "\u001b]0;pwned\u0007", "\\e]0;pwned\\a"],
    ["a screen clear", "\u001b[2J", "\\e[2J"],
    ["an OSC 8 link", "\u001b]8;;https://evil.example\u001b\\here\u001b]8;;\u001b\\", "\\e]8;;https://evil.example\\e\\here\\e]8;;\\e\\"],
    ["an 8-bit CSI", "\u009b31m", "\\x9b31m"],
    ["an 8-bit OSC", "\u009d0;x\u009c", "\\x9d0;x\\x9c"],
    ["a NUL", "a\u0000b", "a\\x00b"],
    ["a backspace that would overwrite", "ok\b\b", "ok\\b\\b"],
    ["a carriage return that would overwrite the line", "bad\rgood", "bad\\rgood"],
    ["a line feed in a value", "a\nb", "a\\nb"],
    ["DEL", "a\u007f", "a\\x7f"],
    ["a line separator", "a\u2028b", "a\\u2028b"],
    ["a paragraph separator", "a\u2029b", "a\\u2029b"],
    ["a right-to-left override", "abc\u202edcba", "abc\\u202edcba"],
    ["a bidi isolate", "\u2066x\u2069", "\\u2066x\\u2069"],
    ["a vertical tab and form feed", "\u000b\u000c", "\\v\\f"],
  ])("%s", (_, input, shown) => {
    expect(terminalSafe(input)).toBe(shown);
  });

  it.each([
    ["Chinese text", "蓬溪县行政审批局（食品经营许可）"],
    ["a tab", "a\tb"],
    ["a Windows path", "catalog\\a.yaml"],
    ["an emoji", "🙂 ok"],
  ])("keeps %s intact", (_, input) => {
    expect(terminalSafe(input)).toBe(input);
  });

  it("keeps line feeds only when asked (a stack trace)", () => {
    expect(terminalSafe("a\nb\u001b", { keepNewlines: true })).toBe("a\nb\\e");
  });
});

describe("HTML: no forbidden code point, no live markup", () => {
  it.each([
    ["U+0001", "a\u0001b", "a\\x01b"],
    ["ESC", "\u001b[31m", "\\e[31m"],
    ["a C1 control", "\u0085", "\\x85"],
    ["a noncharacter U+FFFE", "\ufffe", "\\ufffe"],
    ["a noncharacter U+FDD0", "\ufdd0", "\\ufdd0"],
    ["a noncharacter in plane 16", "\u{10ffff}", "\\u{10ffff}"],
    ["a lone high surrogate", "a\ud800b", "a\\ud800b"],
    ["a lone low surrogate", "\udc00", "\\udc00"],
  ])("%s is shown escaped", (_, input, shown) => {
    expect(htmlSafeCodePoints(input)).toBe(shown);
    expect(escapeHtml(input)).not.toMatch(HTML_FORBIDDEN);
  });

  it.each([
    ["a tag", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["a closing table", "</td></table>", "&lt;/td&gt;&lt;/table&gt;"],
    ["an attribute break-out", '" onmouseover="x', "&quot; onmouseover=&quot;x"],
    ["an entity", "&lt;", "&amp;lt;"],
  ])("%s is inert", (_, input, shown) => {
    expect(escapeHtml(input)).toBe(shown);
  });

  it("keeps tab, line feed, carriage return, a surrogate pair and Chinese", () => {
    expect(htmlSafeCodePoints("a\tb\nc\rd 🙂 事项")).toBe("a\tb\nc\rd 🙂 事项");
  });
});

describe("Markdown: HTML in user data stays text", () => {
  it.each([
    ["an img tag", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["a closing table", "</td></table>", "&lt;/td&gt;&lt;/table&gt;"],
    ["a details block", "<details open>", "&lt;details open&gt;"],
    ["an entity", "&#60;script&#62;", "&amp;#60;script&amp;#62;"],
    ["a control", "a\u001bb", "a\\eb"],
  ])("%s", (_, input, shown) => {
    expect(markdownInert(input)).toBe(shown);
  });

  it("a file name as inline code cannot end the span or the line", () => {
    expect(markdownCode("a`b\nc\u0007.yaml")).toBe("`a'b c\\a.yaml`");
  });
});

describe("CSV: a text cell a spreadsheet would evaluate starts with '", () => {
  it.each([
    ["=1+1", `"'=1+1"`],
    ["+1+1", `"'+1+1"`],
    ["-1+1", `"'-1+1"`],
    ["@SUM(A1:A9)", `"'@SUM(A1:A9)"`],
    ["\t=1+1", `"'\t=1+1"`],
    ["\r=1+1", `"'\r=1+1"`],
    ['=HYPERLINK("http://evil.example","x").yaml', `"'=HYPERLINK(""http://evil.example"",""x"").yaml"`],
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
  ])("%j", (input, cell) => {
    expect(csvField(input)).toBe(cell);
    expect(csvField(input, true)).toBe(cell);
  });

  it.each([
    ["a number written from a number, negative", -0.2, "-0.2"],
    ["a count", 3, "3"],
    ["text with a formula character inside", "a=1+1", "a=1+1"],
    ["Chinese text", "蓬溪县民政局", "蓬溪县民政局"],
    ["an empty cell", "", ""],
  ])("leaves %s as it is", (_, input, cell) => {
    expect(csvField(input)).toBe(cell);
  });
});
