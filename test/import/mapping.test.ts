import { describe, expect, it } from "vitest";
import { lookUp } from "../../src/import/dictionaries.js";
import { recordsOfTable } from "../../src/import/join-rows.js";
import { cellOfPath } from "../../src/import/origins.js";
import { type MappingFile, resolveMapping } from "../../src/import/mapping.js";
import { parseMapping } from "../../src/import/mapping-load.js";
import { mappingYaml } from "../../src/import/mapping-print.js";
import type { PresetName } from "../../src/import/presets.js";
import { readCsvTable } from "../../src/import/read-csv-table.js";
import { readJsonTable } from "../../src/import/read-json-table.js";
import type { ImportDiagnostic, Table } from "../../src/import/table.js";

const csvTable = (text: string, name = "清单.csv") => readCsvTable(name, new TextEncoder().encode(text), []);
const jsonTable = (doc: unknown, name = "export.json") => readJsonTable(name, doc, []);

function run(table: Table, mapping?: MappingFile, preset?: PresetName | "auto") {
  const diagnostics: ImportDiagnostic[] = [];
  const records = recordsOfTable(table, diagnostics, mapping === undefined && preset === undefined ? undefined : resolveMapping(mapping, preset));
  return { records: records.map((r) => r.record), diagnostics: diagnostics.map((d) => [d.place, d.id] as const), full: diagnostics, imported: records };
}

describe("presets: each on a small input of its layout", () => {
  const cases: { preset: PresetName; table: () => Table; expected: Record<string, unknown> }[] = [
    {
      preset: "national",
      table: () => csvTable("实施编码,事项名称,事项类型,行政区划,TASK_TYPE\nC1,甲,01,510921000000,\n"),
      expected: { code: "C1", name: "甲", type: "administrative-license", region: "510921" },
    },
    {
      preset: "guangxi",
      table: () =>
        jsonTable({
          data: {
            list: [
              {
                AUDIT_ITEM: { task_code: "G1", task_name: "乙", areacode: "450721000000", serve_type: "1,2", wsblsd: "6,1" },
                AUDIT_MATERIAL: [{ material_name: "申请表", is_need: "1" }],
              },
            ],
          },
        }),
      expected: {
        code: "G1",
        name: "乙",
        region: "450721",
        subjects: ["natural-person", "legal-person"],
        onlineDepth: 2,
        materials: [{ name: "申请表", necessity: "required" }],
      },
    },
    {
      preset: "zhejiang",
      table: () =>
        jsonTable([
          {
            matterInfo: { impleCode: "Z1", matName: "丙", jurisCode: "330100000000", entityName: "杭州市局" },
            materialInfos: [{ materialName: "申请书", isNeed: "1" }],
          },
        ]),
      expected: { code: "Z1", name: "丙", region: "330100", department: "杭州市局", materials: [{ name: "申请书", necessity: "required" }] },
    },
    {
      preset: "sichuan",
      table: () => csvTable("实施编码,eventName,事项类型,performDeptName\nS1,丁,1A,成都市局\n"),
      expected: { code: "S1", name: "丁", type: "administrative-license", department: "成都市局" },
    },
    {
      // One item per sheet: label, value, label, value; a label may end in a colon; the material list below.
      preset: "form",
      table: () =>
        csvTable(
          "政务服务事项内容信息表,,,\n事项名称：,公共场所卫生许可,实施编码：,F1\n实施主体,县卫健局,,\n承诺办结时限,5个工作日,,\n办理地点,县政务服务中心,,\n申请材料,,,\n材料名称,材料形式,必要性\n申请书,纸质,必要\n营业执照,电子,非必要\n,,,\n咨询电话,0817-1234567,,\n",
        ),
      expected: {
        code: "F1",
        name: "公共场所卫生许可",
        department: "县卫健局",
        timeLimit: { legal: null, promised: { value: 5, unit: "working-day" } },
        materials: [
          { name: "申请书", media: "paper", necessity: "required" },
          { name: "营业执照", media: "electronic", necessity: "optional" },
        ],
        address: [{ place: "县政务服务中心" }],
        phone: "0817-1234567",
      },
    },
  ];
  it.each(cases)("$preset", ({ preset, table, expected }) => {
    const result = run(table(), {}, preset);
    expect(result.diagnostics).toEqual([]);
    expect(result.records).toEqual([expected]);
    // auto knows every preset's words, and a form when it sees one: the same record.
    expect(run(table()).records).toEqual([expected]);
  });

  it("reads a list as a list under auto: its header is the only row that starts with a label", () => {
    const list = csvTable("实施编码,事项名称,事项类型\n事项名称,甲,01\n事项名称,乙,01\n事项名称,丙,01\nC4,丁,01\n");
    // Three items with one code (code-unique's to report), each of its own name: no form was read.
    expect(run(list).records.map((r) => [r.code, r.name])).toEqual([
      ["事项名称", "甲"],
      ["事项名称", "乙"],
      ["事项名称", "丙"],
      ["C4", "丁"],
    ]);
  });

  it("names a form's cells where they are: the value beside its label, a material's cell in its row", () => {
    const table = csvTable("事项名称,甲,实施编码,F1\n事项类型,x,,\n材料名称,材料形式,必要性\n申请书,y,必要\n");
    const { full, imported } = run(table, {}, "form");
    expect(full.map((d) => [d.place, d.data.value])).toEqual([
      ["清单.csv!B2", "x"],
      ["清单.csv!B4", "y"],
    ]);
    expect(cellOfPath(imported[0].origin, ["materials", 0, "necessity"]).place).toBe("清单.csv!C4");
    expect(cellOfPath(imported[0].origin, ["code"]).place).toBe("清单.csv!D1");
  });

  it("knows only its own words and codes: a national export under --preset zhejiang has no header; 1A is Sichuan's", () => {
    expect(run(csvTable("实施编码,事项名称,事项类型\nC1,甲,01\n"), {}, "zhejiang").diagnostics).toEqual([["清单.csv:1", "importNoHeader"]]);
    const national = run(csvTable("实施编码,事项名称,事项类型\nS1,丁,1A\n"), {}, "national");
    expect(national.records[0].type).toBe("1A");
    expect(national.diagnostics).toEqual([["清单.csv!C2", "importUnmappedValue"]]);
    expect(lookUp("type", "1A")).toBeUndefined();
  });
});

describe("a mapping file", () => {
  const EXPORT = "序号,权力内部编码,实施编码,职权类别,子项名称,事项名称,材料类型,材料形式,事项状态,材料名称\n";

  it("maps headers to fields (its own first), ignores the columns it maps to null", () => {
    const table = csvTable(`${EXPORT}1,L1,C1,01,子项,主项,证件,5,在用,身份证\n`);
    const { records, diagnostics } = run(table, { columns: { 职权类别: "type", 子项名称: "name", 材料类型: null } });
    expect(diagnostics).toEqual([["清单.csv!H2", "importUnmappedValue"]]);
    expect(records).toEqual([{ code: "C1", name: "子项", type: "administrative-license", materials: [{ name: "身份证", media: "5" }] }]);
  });

  it("extends and overrides a field's dictionary: Zhejiang's 材料形式 5, a local type code, 材料类型 1 as a copy", () => {
    const table = csvTable("实施编码,事项名称,事项类型,材料名称,材料类型,材料形式\nC1,甲,21,身份证,1,5\n");
    const { records, diagnostics } = run(table, {
      dictionaries: { type: { "21": "public-service" }, "material.form": { "01": "copy" }, "material.media": { "5": "paper-or-electronic" } },
    });
    expect(diagnostics).toEqual([]);
    expect(records[0]).toMatchObject({ type: "public-service", materials: [{ name: "身份证", form: "copy", media: "paper-or-electronic" }] });
  });

  it("fills fields without a value from its defaults, in guide-format's key order", () => {
    const table = csvTable("实施编码,事项名称,实施主体,咨询电话\nC1,甲,,0817-1234567\nC2,乙,县局,\n");
    const { records } = run(table, { defaults: { region: "510921", level: "county", department: "县政务服务中心", subjects: "natural-person" } });
    expect(records[0]).toEqual({
      code: "C1",
      name: "甲",
      level: "county",
      region: "510921",
      department: "县政务服务中心",
      subjects: ["natural-person"],
      phone: "0817-1234567",
    });
    expect(Object.keys(records[0])).toEqual(["code", "name", "level", "region", "department", "subjects", "phone"]);
    expect(records[1].department).toBe("县局");
  });

  it("takes the header from headerRow (the sheet's row number), by table or for every table", () => {
    // Row 1 is a second header the detection would prefer (more known words); row 3 is the real one.
    const text = "事项名称,实施编码,事项类型,行政区划\n\n名称,编码,类型,区划\n甲,C1,01,510921\n";
    expect(run(csvTable(text)).records[0].code).toBe("编码");
    const columns = { 名称: "name", 编码: "code", 类型: "type", 区划: "region" } as const;
    for (const mapping of [
      { headerRow: 3, columns },
      { sheets: { "清单.csv": { headerRow: 3 } }, columns },
      { headerRow: 1, sheets: { "清单.csv": { headerRow: 3 } }, columns },
    ]) {
      expect(run(csvTable(text), mapping).records).toEqual([{ code: "C1", name: "甲", type: "administrative-license", region: "510921" }]);
    }
    expect(run(csvTable(text), { headerRow: 2 }).diagnostics).toEqual([["清单.csv:1", "importMappingHeaderRow"]]);
  });

  it("skips the rows its skip lists: an item with its material rows, or one material row, each with a warning", () => {
    const table = csvTable(
      "实施编码,事项名称,事项状态,材料名称,备注\nC1,甲,暂停,申请表,\n,,,身份证,\nC2,乙,在用,申请表,\n,,,旧证明,作废\nC3,丙,在用,申请表,\n",
    );
    const { records, full } = run(table, { skip: { 事项状态: ["暂停"], 备注: ["作废"], 不存在: [1] } });
    expect(records.map((r) => [r.code, (r.materials as { name: string }[]).map((m) => m.name)])).toEqual([
      ["C2", ["申请表"]],
      ["C3", ["申请表"]],
    ]);
    expect(full.map((d) => [d.place, d.id, d.data])).toEqual([
      ["清单.csv:1", "importMappingSkipColumn", { column: "不存在" }],
      ["清单.csv:2", "importMappingSkippedItem", { column: "事项状态", value: "暂停", code: "C1" }],
      ["清单.csv:5", "importMappingSkippedRow", { column: "备注", value: "作废" }],
    ]);
  });

  it("keeps the columns it maps to x- keys as found, on the item or (material.x-…) on its materials", () => {
    const table = csvTable("实施编码,事项名称,权力内部编码,材料名称,材料类型,备注\nC1,甲,2f0c-01,申请表,证件,\n,,,身份证,证件,原件\n");
    const { records, diagnostics } = run(table, {
      columns: { 权力内部编码: "x-localInnerCode", 材料类型: "material.x-materialKind", 备注: "material.x-note" },
    });
    expect(diagnostics).toEqual([]);
    expect(records).toEqual([
      {
        code: "C1",
        name: "甲",
        materials: [
          { name: "申请表", "x-materialKind": "证件" },
          { name: "身份证", "x-materialKind": "证件", "x-note": "原件" },
        ],
        "x-localInnerCode": "2f0c-01",
      },
    ]);
  });

  it("keeps the origin's column map, so a record path still names its cell", () => {
    const { imported } = run(csvTable("编码,事项名称,名称2,事项类型\nC1,甲,乙,01\n"), { columns: { 编码: "code", 名称2: "name", 事项名称: null } });
    expect(imported[0].record.name).toBe("乙");
    expect(imported[0].origin.columns).toEqual({ code: 0, name: 2, type: 3 });
  });
});

describe("the printed mapping, passed back, gives the same import", () => {
  const tables: [string, () => Table][] = [
    [
      "a CSV under a title row, with unknown and duplicate columns",
      () => csvTable("2026年清单\n\n实施编码,事项名称,备注,实施清单名称,材料名称,材料类型\nC1,甲,x,甲2,申请表,1\n,,,,身份证,2\n"),
    ],
    [
      "a Guangxi JSON export",
      () =>
        jsonTable({
          data: {
            list: [
              {
                AUDIT_ITEM: { task_code: "G1", task_name: "乙", task_type: "01", anticipate_day: 20 },
                AUDIT_MATERIAL: [{ material_name: "表", material_format: "7" }],
              },
            ],
          },
        }),
    ],
    ["a form", () => csvTable("事项名称：,甲,实施编码：,F1\n备注,x,,\n材料名称,材料类型\n申请书,2\n")],
  ];
  it.each(tables)("%s", (name, table) => {
    const preset = name === "a form" ? "form" : "national";
    const mappings: (MappingFile | undefined)[] = [
      preset === "form" ? { preset } : undefined,
      { preset, columns: { 备注: "x-remark" }, defaults: { region: "510921" }, dictionaries: { "material.form": { "2": "original" } }, skip: { 备注: ["y"] } },
    ];
    for (const mapping of mappings) {
      const first = run(table(), mapping ?? {});
      expect(first.records.length).toBeGreaterThan(0);
      const printed = mappingYaml([table()], resolveMapping(mapping), "en", []);
      const passedBack = parseMapping(printed, "mapping.yaml", "mapping.yaml");
      const second = run(table(), passedBack);
      expect(second.imported.map((r) => [r.place, r.record, r.origin.columns])).toEqual(first.imported.map((r) => [r.place, r.record, r.origin.columns]));
      expect(second.diagnostics).toEqual(first.diagnostics);
      // Printing again from the printed mapping changes nothing.
      expect(mappingYaml([table()], resolveMapping(passedBack), "en", [])).toBe(printed);
    }
  });
});
