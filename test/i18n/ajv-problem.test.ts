// Config and profile files speak of what is wrong with the same words, from one translator.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { UsageError } from "../../src/errors.js";
import { ajvProblem } from "../../src/i18n/ajv-problem.js";
import { t } from "../../src/i18n/t.js";
import { tempDir } from "../support/cli.js";

/** Every line the CLI would print for the config in `files`. */
function configErrors(files: Record<string, string>, lang: "en" | "zh-CN"): string[] {
  try {
    loadConfig({ cwd: tempDir(files) });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return [error, ...error.more].map((p) => t(p.messageId, p.data, lang));
  }
  return [];
}

describe("ajvProblem", () => {
  it("words each keyword in both languages", () => {
    const error = (keyword: string, params: Record<string, unknown>) => ({ keyword, params, instancePath: "", schemaPath: "" });
    expect(ajvProblem(error("type", { type: "string,array" }))).toEqual({ en: "must be string or array", "zh-CN": "类型应为 string 或 array" });
    expect(ajvProblem(error("enum", { allowedValues: ["off", "error"] }))).toEqual({ en: "must be one of off, error", "zh-CN": "应为以下之一：off、error" });
    expect(ajvProblem(error("additionalProperties", { additionalProperty: "mx" }))).toEqual({ en: 'has an unknown option "mx"', "zh-CN": "含未知选项“mx”" });
    expect(ajvProblem(error("maximum", { limit: 1 }), { maximum: { en: "share", "zh-CN": "比例" } })).toEqual({ en: "share", "zh-CN": "比例" });
  });

  it("is what the config loader reports, in Chinese for Chinese users", () => {
    const lines = configErrors({ "guidelint.config.yaml": "baseCatalog: 3\nrules:\n  time-limit-compression: [warning, { min: 2 }]\n" }, "zh-CN");
    expect(lines.some((l) => l.includes("baseCatalog 类型应为 string"))).toBe(true);
    expect(lines.some((l) => /规则 time-limit-compression 的选项 应不大于1/.test(l))).toBe(true);
  });
});
