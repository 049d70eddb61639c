import { describe, expect, it } from "vitest";
import { cellText, type SheetCell } from "../../src/import/cell-text.js";

describe("cellText: a SheetJS cell as the importer reads it", () => {
  it.each<[string, SheetCell | undefined, string]>([
    ["no cell", undefined, ""],
    ["text keeps leading zeros", { t: "s", v: "000117600000" }, "000117600000"],
    ["numeric 0", { t: "n", v: 0 }, "0"],
    ["an integer", { t: "n", v: 117600001 }, "117600001"],
    ["14 digits stay digits", { t: "n", v: 51092100000000 }, "51092100000000"],
    ["from 10^15 Excel has lost digits: scientific notation", { t: "n", v: 114507211234567890 }, "1.1450721123456789E+17"],
    ["a round huge number", { t: "n", v: 1.1451e17 }, "1.1451E+17"],
    ["15 significant digits, as Excel stores them", { t: "n", v: 0.1 + 0.2 }, "0.3"],
    ["a fraction", { t: "n", v: 2.5 }, "2.5"],
    ["TRUE as the national yes code", { t: "b", v: true }, "1"],
    ["FALSE", { t: "b", v: false }, "0"],
    ["a date", { t: "d", v: new Date(Date.UTC(2026, 0, 5)) }, "2026-01-05"],
    ["a date and time", { t: "d", v: new Date(Date.UTC(2026, 0, 5, 9, 30)) }, "2026-01-05T09:30:00"],
    ["an error cell by code", { t: "e", v: 42 }, "#N/A"],
    ["an error cell with its text", { t: "e", v: 7, w: "#DIV/0!" }, "#DIV/0!"],
    ["a stub", { t: "z" }, ""],
  ])("%s", (_name, cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});
