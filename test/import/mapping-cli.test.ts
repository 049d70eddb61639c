import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { COLUMN_FIELDS, EXTRA_FIELD } from "../../src/import/column-fields.js";
import { DEFAULT_FIELDS } from "../../src/import/mapping.js";
import { parseMapping } from "../../src/import/mapping-load.js";
import { PRESET_NAMES } from "../../src/import/presets.js";
import { t } from "../../src/i18n/t.js";
import { ROOT, runCli, tempDir } from "../support/cli.js";

const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, "schemas/import-mapping.schema.json"), "utf8"));

/** The messages a mapping text is refused with, in English. */
function problems(text: string, file = "mapping.yaml"): string[] {
  try {
    parseMapping(text, file, file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return [error, ...error.more].map((p) => t(p.messageId, p.data, "en"));
  }
  return [];
}

describe("the mapping file's schema", () => {
  it("names the fields, presets and defaults the importer has", () => {
    expect(SCHEMA.properties.columns.additionalProperties.anyOf[0].enum).toEqual([...COLUMN_FIELDS, null]);
    expect(SCHEMA.properties.columns.additionalProperties.anyOf[1].pattern).toBe(EXTRA_FIELD.source);
    expect(SCHEMA.properties.preset.enum).toEqual(["auto", ...PRESET_NAMES]);
    expect(Object.keys(SCHEMA.properties.defaults.properties)).toEqual([...DEFAULT_FIELDS]);
  });

  it.each([
    ["columns:\n  权力内部编码: localInnerCode\n", 'mapping.yaml:2:11: columns.权力内部编码 maps to "localInnerCode", which is no field'],
    ["columns:\n  备注: x-\n", 'mapping.yaml:2:7: columns.备注 maps to "x-", which is no field'],
    ["columns:\n  材料类型: material.from\n", '(did you mean "material.form"?)'],
    ["preset: national\nheaderrow: 3\n", 'mapping.yaml:2:1: unknown key "headerrow" (did you mean "headerRow"?)'],
    ["preset: hubei\n", "mapping.yaml:1:9: preset must be one of auto, national, guangxi, zhejiang, sichuan, form."],
    ["preset: nationl\n", 'preset must be one of auto, national, guangxi, zhejiang, sichuan, form (did you mean "national"?).'],
    ["sheets:\n  事项:\n    headerRow: 0\n", "mapping.yaml:3:16: sheets.事项.headerRow must be at least 1."],
    ["dictionaries:\n  typ:\n    1A: administrative-license\n", 'mapping.yaml:2:3: dictionaries.typ: "typ" is no coded field (did you mean "type"?)'],
    ["defaults:\n  region: 510921\n", "mapping.yaml:2:11: defaults.region must be string."],
    ["skip:\n  事项状态: 取消\n", "mapping.yaml:2:9: skip.事项状态 must be array."],
    ["skip:\n  事项状态: []\n", "mapping.yaml:2:9: skip.事项状态 must list at least one value."],
    ["dictionaries:\n  type:\n    21: 5\n", "mapping.yaml:3:9: dictionaries.type.21 must be string."],
    ["- columns\n", "mapping.yaml:1:1: (top level) must be object."],
    ["columns: [a\n", "The mapping file mapping.yaml:2 does not parse"],
    ['{"columns": {"实施编码": "kode"}}', 'mapping.json:1:22: columns.实施编码 maps to "kode"'],
  ])("%j", (text, expected) => {
    const file = text.startsWith("{") ? "mapping.json" : "mapping.yaml";
    expect(problems(text, file).join("\n")).toContain(expected);
  });

  it("reports every problem, and accepts the documented example", () => {
    expect(problems("preset: x\ncolumns:\n  a: b\n")).toHaveLength(2);
    const example = readFileSync(path.join(ROOT, "docs/import-mapping.md"), "utf8").match(/```yaml\n(# mapping\.yaml[\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    expect(problems(example ?? "")).toEqual([]);
  });
});

const EXPORT = "2026年实施清单\n实施编码,事项名称,行政区划,备注,材料类型,实施清单名称\nC1,甲,510921,x,1,\n";

describe("guidelint import --print-mapping", () => {
  it("prints each table's header row and each column's field in English, writing nothing", async () => {
    const dir = tempDir({ "清单.csv": EXPORT });
    const run = await runCli(["import", "清单.csv", "--print-mapping"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        "清单.csv: header in row 2 (清单.csv!A2, detected); preset auto (closest: national)",
        "  A   实施编码 → code (implementation code)",
        "  B   事项名称 → name (item name)",
        "  C   行政区划 → region (region code)",
        "  D   备注 → unmapped",
        "  E   材料类型 → material.form (material form)",
        "  F   实施清单名称 → name (item name), already filled by column B: unused",
        "",
      ].join("\n"),
    );
  });

  it("in Chinese with --lang zh-CN, with the mapping's choices", async () => {
    const dir = tempDir({
      "清单.csv": EXPORT,
      "m.yaml": "preset: national\nsheets:\n  清单.csv: { headerRow: 2 }\ncolumns: { 材料类型: null }\nskip: { 备注: [y] }\n",
    });
    const run = await runCli(["import", "清单.csv", "--print-mapping", "-m", "m.yaml", "--lang", "zh-CN"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("清单.csv：表头在第2行（清单.csv!A2，来自映射文件）；预设 national\n  A   实施编码 → 实施编码（code）\n");
    expect(run.stdout).toContain("  C   行政区划 → 行政区划代码（region）\n  D   备注 → 未映射\n  E   材料类型 → 忽略（映射文件设为 null）\n");
    expect(run.stdout).toContain("  “备注”为 y 的行将被跳过\n");
  });

  it("--format yaml prints a mapping file that, passed back, prints the same mapping", async () => {
    const dir = tempDir({ "清单.csv": EXPORT, "guangxi.json": readFileSync(path.join(ROOT, "fixtures/import/guangxi.json")) });
    const first = await runCli(["import", "清单.csv", "guangxi.json", "--print-mapping", "--format", "yaml"], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("preset: auto\nsheets:\n  清单.csv:\n    headerRow: 2\ncolumns:\n  实施编码: code\n");
    expect(first.stdout).toContain("  备注: null\n");
    expect(first.stdout).toContain("  wsblsd: onlineDepth\n");
    writeFileSync(path.join(dir, "mapping.yaml"), first.stdout);
    for (const format of ["yaml", "text"]) {
      const args = ["import", "清单.csv", "guangxi.json", "--print-mapping", "--format", format];
      const again = await runCli([...args, "--mapping", "mapping.yaml"], { cwd: dir });
      expect(again.status).toBe(0);
      if (format === "yaml") expect(again.stdout).toBe(first.stdout);
      else expect(again.stdout).toContain("清单.csv: header in row 2 (清单.csv!A2, from the mapping); preset auto (closest: national)");
    }
  });

  it("is exit 2 for a mapping that breaks the schema, an unknown preset, a missing --out, an unreadable export", async () => {
    const dir = tempDir({ "清单.csv": EXPORT, "bad.yaml": "columns:\n  备注: remark\n" });
    const bad = await runCli(["import", "清单.csv", "--out", "out", "--mapping", "bad.yaml"], { cwd: dir });
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('bad.yaml:2:7: columns.备注 maps to "remark"')]);
    const preset = await runCli(["import", "清单.csv", "--print-mapping", "--preset", "guangxii"], { cwd: dir });
    expect([preset.status, preset.stderr]).toEqual([2, expect.stringContaining('"guangxii" is no preset (did you mean "guangxi"?)')]);
    const noOut = await runCli(["import", "清单.csv"], { cwd: dir });
    expect([noOut.status, noOut.stderr]).toEqual([2, expect.stringContaining("needs the option --out <dir>")]);
    const missing = await runCli(["import", "nope.csv", "--print-mapping", "--mapping", "nope.yaml"], { cwd: dir });
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining("Cannot read the mapping file nope.yaml")]);
    const format = await runCli(["import", "清单.csv", "--print-mapping", "--format", "json"], { cwd: dir });
    expect([format.status, format.stderr]).toEqual([2, expect.stringContaining('"json" is no mapping format')]);
    const formatAlone = await runCli(["import", "清单.csv", "--out", "out", "--format", "yaml"], { cwd: dir });
    expect([formatAlone.status, formatAlone.stderr]).toEqual([2, expect.stringContaining("--format is for --print-mapping")]);
  });
});
