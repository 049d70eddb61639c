// From a lint run to annotations: only findings that name a cell, grouped by workbook, with the
// rule's title, the rendered message and the fix in the requested language.
import { describe, expect, it } from "vitest";
import { annotationsOfResults } from "../../src/annotate/annotations-of-results.js";
import type { FileResult, Finding } from "../../src/engine/result.js";

const POSITION = { line: 12, column: 6, endLine: 12, endColumn: 7 };

/** A name-format finding as the engine reports it, with the cell lint-in-place adds to imported findings. */
function nameFinding(cell: { sheet?: string; cell?: string } | undefined, fix: Finding["fix"]): Finding {
  return {
    ruleId: "name-format",
    severity: "warning",
    messageId: "format",
    data: { name: "食品经营许可 ", fixed: "食品经营许可", problems: { en: "leading or trailing spaces", "zh-CN": "首尾有空格" } },
    path: ["name"],
    ...POSITION,
    ...(fix ? { fix } : {}),
    ...(cell ? { cell: { ...cell, row: 12, column: 2, place: `${cell.sheet ?? "清单.csv"}!${cell.cell}` } } : {}),
  } as Finding;
}

const RESULTS: FileResult[] = [
  { file: "清单.xlsx", filePath: "/w/清单.xlsx", itemCode: "000100000000", findings: [nameFinding({ sheet: "事项", cell: "B12" }, { value: "食品经营许可" })] },
  { file: "清单.xlsx", filePath: "/w/清单.xlsx", findings: [nameFinding({ sheet: "事项", cell: "B13" }, { value: null })] },
  { file: "清单.csv", filePath: "/w/清单.csv", findings: [nameFinding({ cell: "B2" }, { value: true })] },
  // A YAML record's finding has no cell: nothing to mark.
  { file: "catalog/a.yaml", filePath: "/w/catalog/a.yaml", findings: [nameFinding(undefined, undefined)] },
];

describe("annotationsOfResults", () => {
  it("groups the findings with a cell by workbook, in Chinese", () => {
    const map = annotationsOfResults(RESULTS, "zh-CN");
    expect([...map.keys()]).toEqual(["/w/清单.xlsx", "/w/清单.csv"]);
    const title = "事项名称格式不规范";
    expect(map.get("/w/清单.xlsx")).toEqual([
      {
        sheet: "事项",
        cell: "B12",
        severity: "warning",
        ruleId: "name-format",
        title,
        message: "事项名称“食品经营许可 ”首尾有空格，应写作“食品经营许可”（中文名称用全角括号（），末尾不加标点）。",
        fix: "改为“食品经营许可”",
        itemCode: "000100000000",
      },
      expect.objectContaining({ sheet: "事项", cell: "B13", fix: "清空该值" }),
    ]);
    expect(map.get("/w/清单.csv")).toEqual([expect.objectContaining({ cell: "B2", fix: "改为“是”" })]);
    expect(map.get("/w/清单.csv")![0]).not.toHaveProperty("sheet");
  });

  it("renders the same findings in English", () => {
    const [first] = annotationsOfResults(RESULTS, "en").get("/w/清单.xlsx")!;
    expect(first).toMatchObject({
      title: "Item name badly formatted",
      message: expect.stringContaining("has leading or trailing spaces"),
      fix: 'Change to "食品经营许可"',
    });
  });
});
