import { describe, expect, it } from "vitest";
import { parseOutputSpecs } from "../../src/cli/output-spec.js";
import { UsageError } from "../../src/errors.js";
import { formatters } from "../../src/formatters/index.js";
import { t } from "../../src/i18n/t.js";
import { ROOT, runCli } from "../support/cli.js";

const FORMATS = { stylish: 1, json: 2 };

/** The UsageError a call throws, rendered as the user would read it. */
function usageText(call: () => unknown, lang: "en" | "zh-CN" = "en"): string {
  try {
    call();
  } catch (error) {
    if (error instanceof UsageError) return t(error.messageId, error.data, lang);
    throw error;
  }
  throw new Error("expected a UsageError");
}

describe("parseOutputSpecs", () => {
  it("reads name=file, repeatable; -o names the last format that has no file", async () => {
    expect(parseOutputSpecs(["stylish", "json=out/a.json"], "o.txt", FORMATS, { defaultFormat: "stylish" })).toEqual([
      { format: "stylish", file: "o.txt" },
      { format: "json", file: "out/a.json" },
    ]);
    expect(parseOutputSpecs([], undefined, FORMATS, { defaultFormat: "json" })).toEqual([{ format: "json" }]);
    // Only the first "=" separates: the file name may hold more.
    expect(parseOutputSpecs(["json=a=b.json"], undefined, FORMATS, { defaultFormat: "stylish" })).toEqual([{ format: "json", file: "a=b.json" }]);
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"])("rejects %s, which only Object.prototype has", async (name) => {
    expect(usageText(() => parseOutputSpecs([name], undefined, formatters, { defaultFormat: "stylish" }))).toBe(
      `Unknown format "${name}"; available: stylish, json, sarif, github, gitlab, junit, checkstyle, markdown, csv, html.`,
    );
  });

  it("suggests the closest format, in the user's language", async () => {
    expect(usageText(() => parseOutputSpecs(["jsn"], undefined, FORMATS, { defaultFormat: "stylish" }))).toBe(
      'Unknown format "jsn" (did you mean "json"?); available: stylish, json.',
    );
    expect(usageText(() => parseOutputSpecs(["sarf=x.sarif"], undefined, formatters, { defaultFormat: "stylish" }), "zh-CN")).toMatch(
      /^未知输出格式“sarf”（是否应为“sarif”？）；可选：stylish, json/,
    );
  });

  it("takes one format where the command writes one document", async () => {
    expect(usageText(() => parseOutputSpecs(["json", "stylish"], undefined, FORMATS, { defaultFormat: "stylish", single: true }))).toMatch(
      /give one --format \(got json, stylish\)/,
    );
  });
});

describe("--format on the command line", () => {
  it.each([
    ["lint", "constructor"],
    ["lint", "__proto__"],
    ["sources", "toString"],
    ["sources", "__proto__"],
    ["metrics", "constructor"],
    ["report", "toString"],
    ["rules", "constructor"],
  ])("%s --format %s is a usage error (exit 2), not a crash or [object Object]", async (command, name) => {
    const run = await runCli([command, "--format", name], { cwd: ROOT });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^guidelint: Unknown format "${name}"; available: `));
    expect(run.stderr).not.toMatch(/bug in guidelint|object Object/);
  });

  it("says it in Chinese with the did-you-mean and the formats", async () => {
    const run = await runCli(["sources", "--format", "jsno"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("guidelint: 未知输出格式“jsno”（是否应为“json”？）；可选：stylish, json。\n");
  });

  it("sources writes each format asked for, like lint", async () => {
    const run = await runCli(["sources", "--format", "json"]);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.status === 0 || run.status === 1).toBe(true);
  });
});
