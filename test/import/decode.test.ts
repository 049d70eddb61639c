import { describe, expect, it } from "vitest";
import { lookUp, splitValues } from "../../src/import/dictionaries.js";
import { fieldOfHeader } from "../../src/import/headers.js";
import { recordsOfTable } from "../../src/import/join-rows.js";
import { cellOfPath } from "../../src/import/origins.js";
import { gridTable, type ImportDiagnostic } from "../../src/import/table.js";

const table = (rows: string[][]) =>
  gridTable(
    "t.csv",
    "t.csv",
    undefined,
    rows.map((cells, i) => ({ place: `t.csv:${i + 1}`, cells })),
    rows.map((_, i) => i + 1),
  );

describe("dictionaries and headers", () => {
  it("decodes codes with or without the leading zero, labels, and multi-valued cells", () => {
    expect(lookUp("type", "01")).toBe("administrative-license");
    expect(lookUp("type", "1")).toBe("administrative-license");
    expect(lookUp("timeUnit", "工作日")).toBe("working-day");
    expect(lookUp("processing", "即办件")).toBe("immediate");
    expect(splitValues("2,3，4、6")).toEqual(["2", "3", "4", "6"]);
  });

  it("reads a header with a bracketed note after the element's name as that element", () => {
    expect(fieldOfHeader("法定办结时限（工作日）")).toBe("legal");
    expect(fieldOfHeader("份数(份)")).toBe("material.copies");
    expect(fieldOfHeader("说明（备注）")).toBeUndefined();
  });

  it("normalises headers: notes, asterisks, 必填, full-width forms", () => {
    expect(fieldOfHeader("地方基本编码，暂时取消必填")).toBeUndefined();
    expect(fieldOfHeader("*事项名称（必填）")).toBe("name");
    expect(fieldOfHeader("实施\n编码")).toBe("code");
  });
});

describe("recordsOfTable", () => {
  const header = ["XX县政务服务事项实施清单"];
  const columns = ["实施编码", "事项名称", "事项类型", "服务对象", "法定办结时限", "承诺办结时限", "办件类型", "材料名称"];

  it("skips a title row, joins material rows under blank item cells, decodes the cells", () => {
    const diagnostics: ImportDiagnostic[] = [];
    const records = recordsOfTable(
      table([header, columns, ["C1", "甲", "01", "1,2", "无", "20个工作日", "即办件", "申请书"], ["", "", "", "", "", "", "", "身份证"]]),
      diagnostics,
    );
    expect(diagnostics).toEqual([]);
    expect(records.map(({ place, record }) => ({ place, record }))).toEqual([
      {
        place: "t.csv:3",
        record: {
          code: "C1",
          name: "甲",
          type: "administrative-license",
          subjects: ["natural-person", "legal-person"],
          timeLimit: { legal: null, promised: { value: 20, unit: "working-day" } },
          processing: "immediate",
          materials: [{ name: "申请书" }, { name: "身份证" }],
        },
      },
    ]);
    // Every value names its cell; a path without a column of its own names its nearest ancestor's.
    const cell = (p: (string | number)[]) => cellOfPath(records[0].origin, p).place;
    expect(cell(["name"])).toBe("t.csv!B3");
    expect(cell(["timeLimit", "promised", "unit"])).toBe("t.csv!F3");
    expect(cell(["materials", 1, "name"])).toBe("t.csv!H4");
    expect(cell(["materials", 1, "copies"])).toBe("t.csv!H4");
    expect(cell(["subjects", 1])).toBe("t.csv!D3");
    expect(cell(["onlineDepth"])).toBe("t.csv!B3");
  });

  it("reports unknown codes, unreadable limits and orphan rows at their line, and goes on", () => {
    const diagnostics: ImportDiagnostic[] = [];
    const records = recordsOfTable(table([columns, ["", "", "", "", "", "", "", "孤儿"], ["C2", "乙", "77", "", "很快", "", "", ""]]), diagnostics);
    expect(records.map((r) => r.record.type)).toEqual(["77"]);
    expect(diagnostics.map((d) => [d.place, d.id])).toEqual([
      ["t.csv:2", "importOrphanRow"],
      ["t.csv!C3", "importUnmappedValue"],
      ["t.csv!E3", "importUnparsedDuration"],
    ]);
  });

  it("is an error when no header row is found", () => {
    const diagnostics: ImportDiagnostic[] = [];
    expect(recordsOfTable(table([["a", "b"]]), diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => d.id)).toEqual(["importNoHeader"]);
  });
});

describe("items without a service guide", () => {
  it("skips 行政处罚 (02) with its material rows, with a warning at its line", () => {
    const diagnostics: ImportDiagnostic[] = [];
    const rows = [
      ["实施编码", "事项名称", "事项类型", "材料名称"],
      ["P1", "处罚", "02", "笔录"],
      ["", "", "", "证据"],
      ["L1", "许可", "行政许可", "申请书"],
    ];
    expect(recordsOfTable(table(rows), diagnostics).map((r) => r.record.code)).toEqual(["L1"]);
    expect(diagnostics.map((d) => [d.place, d.id])).toEqual([["t.csv:2", "importSkippedRow"]]);
  });
});

describe("legal basis", () => {
  it("splits bases at line breaks and at a semicolon before the next 《law》, not at one inside a basis's text", () => {
    const diagnostics: ImportDiagnostic[] = [];
    const basis = "《甲法》第一条：许可；备案\n《乙条例》第二条；《丙办法》第三条";
    const [item] = recordsOfTable(
      table([
        ["实施编码", "事项名称", "设定依据"],
        ["C1", "甲", basis],
      ]),
      diagnostics,
    );
    expect(item.record.legalBasis).toEqual([
      { law: "甲法", article: "第一条", text: "许可；备案" },
      { law: "乙条例", article: "第二条" },
      { law: "丙办法", article: "第三条" },
    ]);
  });
});

describe("repairs", () => {
  const columns = ["实施编码", "事项名称", "基本编码", "咨询方式", "监督投诉方式"];

  it("pads a base code stored as a number, keeps the first phone number of a 咨询方式 cell", () => {
    const diagnostics: ImportDiagnostic[] = [];
    const [item] = recordsOfTable(table([columns, ["C1", "甲", "104002000", "咨询电话：0777—6428820（工作日）", "无号码"]]), diagnostics);
    expect(item.record).toMatchObject({ baseCode: "000104002000", phone: "0777-6428820", complaintPhone: "无号码" });
    expect(diagnostics.map((d) => [d.id, d.severity])).toEqual([["importCodeRepaired", "warning"]]);
  });

  it("is an error when a code lost its digits to scientific notation", () => {
    const diagnostics: ImportDiagnostic[] = [];
    recordsOfTable(table([columns, ["C1", "甲", "1.1451E+17", "", ""]]), diagnostics);
    expect(diagnostics.map((d) => [d.place, d.id, d.severity])).toEqual([["t.csv!C2", "importPrecisionLost", "error"]]);
    const code: ImportDiagnostic[] = [];
    recordsOfTable(table([columns, ["1.15109E+30", "甲", "000117600000", "", ""]]), code);
    expect(code.map((d) => [d.place, d.id, d.data.field])).toEqual([["t.csv!A2", "importPrecisionLost", "code"]]);
  });
});

describe("withdrawn items", () => {
  it("skips items whose 事项状态 is 挂起 or 取消 (2, 3)", () => {
    const diagnostics: ImportDiagnostic[] = [];
    const rows = [
      ["实施编码", "事项名称", "事项类型", "事项状态"],
      ["A", "甲", "01", "1"],
      ["B", "乙", "01", "取消"],
      ["C", "丙", "01", "2"],
    ];
    expect(recordsOfTable(table(rows), diagnostics).map((r) => r.record.code)).toEqual(["A"]);
    expect(diagnostics.map((d) => [d.place, d.id])).toEqual([
      ["t.csv:3", "importWithdrawnRow"],
      ["t.csv:4", "importWithdrawnRow"],
    ]);
  });
});
