// No input may crash or hang the run. Each case must simply come back (vitest's timeout catches
// a hang); what it reports is checked only loosely.
import { readFileSync } from "node:fs";
import path from "node:path";
import { dump, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/load-config.js";
import { createSettingsResolver } from "../../src/config/rule-settings.js";
import { lintSource } from "../../src/engine/lint-source.js";

const settings = createSettingsResolver(defaultConfig("/tmp"))("/tmp/x.yaml");
const base = load(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/base-item.yaml"), "utf8"));
const lintText = (text: string) => lintSource(text, { file: "x.yaml", filePath: "/tmp/x.yaml" }, settings);

/** The base item with every text field replaced by `text`. */
function everyTextIs(value: unknown, text: string): unknown {
  if (typeof value === "string") return text;
  if (Array.isArray(value)) return value.map((v) => everyTextIs(v, text));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyTextIs(v, text)]));
  return value;
}

describe("robustness", () => {
  // Runs of one character that does not reach the end of the text are what makes a /[…]+$/
  // regex quadratic: 20,000 。 then a letter once took 27 s in one rule.
  it.each(["。", " ", "第", "其他", "（", "受理之日起", "个工作日", "村委会", "０", "-"])(
    "a 20,000-fold %j in every text field comes back, with no rule failing",
    (unit) => {
      const { toolErrors } = lintText(dump(everyTextIs(base, `${unit.repeat(20_000)}x`), { lineWidth: -1 }));
      expect(toolErrors).toEqual([]);
    },
  );

  it.each([
    ["an unclosed flow", "{"],
    ["deep nesting", "[".repeat(5000)],
    ["a self-referencing alias", "a: &a [*a]"],
    [
      "an alias bomb",
      ["a: &a [x,x,x,x,x,x,x,x,x]", ..."bcdefghi".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`)].join("\n"),
    ],
    ["an unknown tag", "a: !foo 1"],
    ["a NUL byte", "a: 1\n\u0000"],
    ["a tab indent", "\t\tcode: 1"],
    ["a long quote", "'".repeat(50_000)],
  ])("%s is a finding, not a crash", (_, text) => {
    const { result, toolErrors } = lintText(text);
    expect(toolErrors).toEqual([]);
    expect(result.findings.length).toBeGreaterThan(0);
  });
});
