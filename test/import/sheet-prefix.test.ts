import { describe, expect, it } from "vitest";
import { sheetPrefix } from "../../src/import/sheet-grid.js";

describe("sheetPrefix: a sheet's name in a reference, quoted as Excel quotes it", () => {
  it.each([
    ["事项", "事项"],
    ["Sheet1", "Sheet1"],
    ["申请材料_2024", "申请材料_2024"],
    ["Sheet 1", "'Sheet 1'"],
    ["表二-1", "'表二-1'"],
    ["表二（1）", "'表二（1）'"],
    ["2024", "'2024'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["O'Brien", "'O''Brien'"],
  ])("%s → %s", (name, prefix) => {
    expect(sheetPrefix(name)).toBe(prefix);
  });
});
