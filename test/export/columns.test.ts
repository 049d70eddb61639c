// The export's column table and code tables, held against the importer's: every header is one the
// importer maps to the same field, every code and label one it decodes to the same value.
import { describe, expect, it } from "vitest";
import { codeEntries, type CodeTableName, depthCode } from "../../src/export/codes.js";
import { itemRows, NATIONAL_COLUMNS, withHeaders } from "../../src/export/columns.js";
import { neutralised } from "../../src/export/write-csv.js";
import { lookUp } from "../../src/import/dictionaries.js";
import { type ColumnField, fieldOfHeader } from "../../src/import/headers.js";
import { COLUMN_FIELDS } from "../../src/import/column-fields.js";

const TABLES: CodeTableName[] = ["type", "level", "subjects", "timeUnit", "processing", "form", "media", "necessity", "source", "yesNo"];

describe("export columns", () => {
  it.each(NATIONAL_COLUMNS.map((c) => [c.header, c.field]))("the importer reads %s as %s", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it("has one column per importer field but 事项状态 (no record field holds it), item columns first", () => {
    const fields = NATIONAL_COLUMNS.map((c) => c.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).not.toContain("state" satisfies ColumnField);
    expect(fields).toHaveLength(COLUMN_FIELDS.length - 1);
    const firstMaterial = NATIONAL_COLUMNS.findIndex((c) => c.scope === "material");
    expect(NATIONAL_COLUMNS.slice(firstMaterial).every((c) => c.scope === "material")).toBe(true);
  });

  for (const table of TABLES) {
    it.each(codeEntries(table))(`${table}: %s is written as %s or %s, each read back to it`, (value, code, label) => {
      expect(lookUp(table, code)).toBe(value);
      expect(lookUp(table, label)).toBe(value);
    });
  }

  it.each([1, 2, 3, 4])("online depth %i is a code the importer reads back to it", (depth) => {
    expect(lookUp("onlineDepth", depthCode(depth)!)).toBe(String(depth));
  });

  it("writes one row per material with the item's cells repeated, one row for an item without materials", () => {
    const columns = NATIONAL_COLUMNS.filter((c) => ["code", "name", "material.name", "material.copies"].includes(c.field));
    const item = { code: "C1", name: "事项", materials: [{ name: "甲", copies: 2 }, { name: "乙" }] };
    expect(itemRows(item, columns, "codes")).toEqual([
      ["事项", "C1", "甲", 2],
      ["事项", "C1", "乙", undefined],
    ]);
    expect(itemRows({ code: "C2", name: "无材料", materials: [] }, columns, "codes")).toEqual([["无材料", "C2", undefined, undefined]]);
  });

  it("takes other headers by field, keeping the encoders (a mapping file's hook)", () => {
    const columns = withHeaders(NATIONAL_COLUMNS, { code: "TASK_CODE", "material.name": "MATERIAL_NAME" });
    expect(columns.map((c) => c.header).filter((h) => /^[A-Z_]+$/.test(h))).toEqual(["TASK_CODE", "MATERIAL_NAME"]);
    expect(itemRows({ code: "C1", type: "administrative-license" }, columns, "labels")[0].slice(2, 4)).toEqual(["C1", "行政许可"]);
  });
});

describe("CSV formula neutralising", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+86 825", "'+86 825"],
    ["-", "'-"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["'=x", "''=x"],
    ["'abc", "'abc"],
    ["a=b", "a=b"],
    ["食品经营许可", "食品经营许可"],
  ])("%j → %j", (text, cell) => {
    expect(neutralised(text)).toBe(cell);
    // The importer change docs/export.md proposes gives every text back.
    expect(/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell).toBe(text);
  });
});
