import { readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { compareRecords, compareViews, type FieldMismatch } from "../../src/channels/compare.js";
import type { ComparedField } from "../../src/channels/views/field-view.js";
import { viewField } from "../../src/channels/views/view-field.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/channels");
const readYaml = (file: string) => load(readFileSync(path.join(FIXTURES, file), "utf8"), { schema: CORE_SCHEMA }) as Record<string, unknown>;
const MASTER = readYaml("master.yaml");

/** The channel shows `value` for `field`; everything else as the fixture master. */
const against = (field: string, value: unknown, master: Record<string, unknown> = MASTER) => compareRecords(master, { code: MASTER.code, [field]: value });
const fieldOf = (mismatches: FieldMismatch[]) => mismatches.map((m) => m.field);

// [field, what the channel shows] — the same as the fixture master after normalisation.
const SAME: Array<[ComparedField, unknown]> = [
  ["name", "食品经营许可(新办)"],
  ["name", "食品经营许可【新办】"],
  ["name", " 食品经营许可（ 新办 ）。"],
  ["name", "食品经营许可\n（新办）；"],
  ["name", "食品经营许可（新办）"],
  ["baseCode", "０００１１７６０００００"],
  ["region", 510921],
  ["department", "蓬溪县 行政审批局。"],
  ["type", "行政许可"],
  ["type", "administrative-license"],
  ["type", "Administrative-License"],
  ["level", "县级"],
  ["processing", "承诺件"],
  ["subjects", "法人"],
  ["subjects", ["法人"]],
  ["subjects", ["legal-person", "法人"]],
  ["legalBasis", "《中华人民共和国食品安全法》第三十五条；《食品经营许可管理办法》第四条"],
  ["legalBasis", "《食品经营许可管理办法》第4条\n《食品安全法》第35条。"],
  ["legalBasis", "《食品经营许可管理办法》第四条《中华人民共和国食品安全法》第三十五条"],
  ["legalBasis", ["《食品经营许可管理办法》第四条", "中华人民共和国食品安全法第三十五条"]],
  [
    "legalBasis",
    [
      { law: "食品经营许可管理办法", article: "第4条" },
      { law: "《中华人民共和国食品安全法》", article: "第三十五条", text: "另一段引文" },
    ],
  ],
  ["timeLimit", { legal: "20个工作日", promised: "5个工作日" }],
  ["timeLimit", { legal: "二十个工作日", promised: "五个工作日" }],
  ["timeLimit", { legal: "20工作日", promised: "5日" }],
  ["timeLimit", { legal: "受理之日起20个工作日内", promised: "５个工作日。" }],
  ["timeLimit", { legal: { value: 20, unit: "工作日" }, promised: { value: "五", unit: "working-day" } }],
  ["timeLimit", { promised: "受理之日起5个工作日" }],
  ["timeLimit", { promised: 5 }],
  ["runs", "0次"],
  ["runs", "零次"],
  ["runs", 0],
  ["onlineDepth", "四级"],
  ["onlineDepth", "4级"],
  ["onlineDepth", "四级 全程网办"],
  ["onlineDepth", "全程网办"],
  ["onlineDepth", "4"],
  [
    "materials",
    [
      { name: "食品安全管理制度文本" },
      { name: "与食品经营相适应的主要设备设施布局、操作流程等文件" },
      { name: "营业执照", form: "复印件", media: "纸质或电子" },
      { name: "食品经营许可申请书", form: "原件", copies: "一份", necessity: "必要" },
    ],
  ],
  ["materials", ["食品经营许可申请书 ", "营业执照", "与食品经营相适应的主要设备设施布局､操作流程等文件".replace("､", "、"), "食品安全管理制度文本。"]],
  ["address", [{ place: "蓬溪县政务服务中心一楼综合窗口" }]],
  ["address", ["蓬溪县政务服务中心 一楼 综合窗口"]],
  ["address", [{ place: "蓬溪县政务服务中心一楼综合窗口", hours: "周一至周五 9：00-12：00，13：30-17：00(法定节假日除外)" }]],
  ["phone", "０８２５－５４３２１００"],
  // By digits (guide-format.md): dash styles, spaces and brackets around the area code are one number.
  ["phone", "08255432100"],
  ["phone", "(0825)5432100"],
  ["phone", "0825 5432100"],
  ["address", [{ place: "蓬溪县政务服务中心1楼综合窗口" }]],
  ["phone", "0825-5432100 "],
  ["complaintPhone", "0825 - 5432199"],
  ["fee", "不收费"],
  ["fee", "免费"],
  ["fee", "无"],
  ["fee", { charged: false }],
  ["fee", false],
];

// [field, what the channel shows, the channel path expected] — real mismatches.
const DIFFERENT: Array<[ComparedField, unknown, (string | number)[]]> = [
  ["name", "食品经营许可（变更）", ["name"]],
  ["name", "食品经营许可", ["name"]],
  ["baseCode", "000117600001", ["baseCode"]],
  ["department", "蓬溪县市场监督管理局", ["department"]],
  ["type", "行政确认", ["type"]],
  ["type", "行政征收", ["type"]],
  ["level", "市级", ["level"]],
  ["processing", "即办件", ["processing"]],
  ["subjects", "自然人、法人", ["subjects"]],
  ["subjects", ["自然人"], ["subjects", 0]],
  ["legalBasis", "《中华人民共和国食品安全法》第三十六条；《食品经营许可管理办法》第四条", ["legalBasis"]],
  ["legalBasis", ["《中华人民共和国食品安全法》第三十五条", "《食品经营许可管理办法》第五条"], ["legalBasis", 1]],
  ["legalBasis", ["《中华人民共和国食品安全法》第三十五条"], ["legalBasis"]],
  ["legalBasis", ["《中华人民共和国食品安全法》第三十五条", "《食品经营许可管理办法》第四条", "《中华人民共和国行政许可法》第十二条"], ["legalBasis", 2]],
  ["timeLimit", { promised: "十个工作日" }, ["timeLimit", "promised"]],
  ["timeLimit", { promised: "5个自然日" }, ["timeLimit", "promised"]],
  ["timeLimit", { legal: "28个自然日" }, ["timeLimit", "legal"]],
  ["timeLimit", { legal: "无" }, ["timeLimit", "legal"]],
  ["timeLimit", { promised: "即办" }, ["timeLimit", "promised"]],
  ["timeLimit", { promised: "请咨询窗口" }, ["timeLimit", "promised"]],
  ["timeLimit", { promised: { value: 6, unit: "working-day" } }, ["timeLimit", "promised", "value"]],
  ["timeLimit", { promised: 6 }, ["timeLimit", "promised"]],
  ["runs", "一次", ["runs"]],
  ["runs", 1, ["runs"]],
  ["onlineDepth", "三级", ["onlineDepth"]],
  ["onlineDepth", "三级 全程网办", ["onlineDepth"]],
  ["materials", [{ name: "食品经营许可申请书" }, { name: "营业执照副本复印件" }], ["materials", 1]],
  ["address", [{ place: "蓬溪县政务服务中心二楼综合窗口" }], ["address", 0]],
  ["address", [{ place: "蓬溪县政务服务中心1层综合窗口" }], ["address", 0]],
  ["address", [{ place: "蓬溪县政务服务中心2楼综合窗口" }], ["address", 0]],
  ["address", [{ place: "蓬溪县政务服务中心一楼综合窗口", street: "四川省遂宁市蓬溪县赤城镇滨江路2号" }], ["address", 0, "street"]],
  ["address", [{ place: "蓬溪县政务服务中心一楼综合窗口", hours: "周一至周五 9:00-12:00，14:30-17:00（法定节假日除外）" }], ["address", 0, "hours"]],
  ["phone", "0825-5432101", ["phone"]],
  ["phone", "0825-5432109", ["phone"]],
  ["phone", "0825-5432100、12345", ["phone"]],
  ["phone", "0825-54321000", ["phone"]],
  ["complaintPhone", "12345", ["complaintPhone"]],
  ["fee", "收费", ["fee"]],
  ["fee", { charged: true }, ["fee", "charged"]],
  ["fee", "工本费10元", ["fee"]],
  ["onSiteReason", "需现场核验原件", ["onSiteReason"]],
];

describe("compareRecords: the same after normalisation", () => {
  it.each(SAME)("%s: %j", (field, value) => {
    expect(against(field, value)).toEqual([]);
  });
});

describe("compareRecords: real mismatches", () => {
  it.each(DIFFERENT)("%s: %j", (field, value, channelPath) => {
    const found = against(field, value);
    expect(fieldOf(found)).toEqual([field]);
    expect(found[0].channelPath).toEqual(channelPath);
  });
});

describe("compareRecords: details", () => {
  it("the spec's example: name same, promised limit, an extra material and the missing ones", () => {
    const found = compareRecords(MASTER, readYaml("pc/a-food-license.yaml"));
    expect(found).toEqual([
      {
        field: "timeLimit",
        master: "5个工作日",
        channel: "十个工作日",
        channelPath: ["timeLimit", "promised"],
        masterPath: ["timeLimit", "promised", "value"],
      },
      {
        field: "materials",
        master: "食品经营许可申请书；营业执照；与食品经营相适应的主要设备设施布局、操作流程等文件；食品安全管理制度文本",
        channel: "食品经营许可申请书；营业执照副本复印件",
        missing: ["营业执照", "与食品经营相适应的主要设备设施布局、操作流程等文件", "食品安全管理制度文本"],
        extra: ["营业执照副本复印件"],
        channelPath: ["materials", 1],
        masterPath: ["materials"],
      },
    ]);
  });

  it("a renamed material points at both entries", () => {
    const materials = (MASTER.materials as Array<{ name: string }>).map((m) => ({ name: m.name }));
    materials[1] = { name: "营业执照副本复印件" };
    const [found] = against("materials", materials);
    expect(found).toMatchObject({ missing: ["营业执照"], extra: ["营业执照副本复印件"], channelPath: ["materials", 1], masterPath: ["materials", 1] });
  });

  it("material attributes the channel shows are compared (Chinese names or ids; ids read as Chinese names)", () => {
    const found = against("materials", [
      { name: "食品经营许可申请书", form: "复印件", copies: "两份" },
      { name: "营业执照", form: "copy", necessity: "容缺后补" },
      { name: "与食品经营相适应的主要设备设施布局、操作流程等文件", media: "纸质" },
      { name: "食品安全管理制度文本", eLicense: "否" },
    ]);
    expect(found.map((m) => [m.entry, m.attribute, m.master, m.channel, m.channelPath, m.masterPath])).toEqual([
      ["食品经营许可申请书", "form", "原件", "复印件", ["materials", 0, "form"], ["materials", 0, "form"]],
      ["与食品经营相适应的主要设备设施布局、操作流程等文件", "media", "纸质或电子", "纸质", ["materials", 2, "media"], ["materials", 2, "media"]],
      ["食品经营许可申请书", "copies", "1", "两份", ["materials", 0, "copies"], ["materials", 0, "copies"]],
      ["营业执照", "necessity", "必要", "容缺后补", ["materials", 1, "necessity"], ["materials", 1, "necessity"]],
    ]);
  });

  it("materials in another order, matched by name, attributes follow their material", () => {
    const reversed = [...(MASTER.materials as unknown[])].reverse();
    expect(against("materials", reversed)).toEqual([]);
  });

  it("a material listed twice on the channel is one too many", () => {
    const names = (MASTER.materials as Array<{ name: string }>).map((m) => m.name);
    const [found] = against("materials", [...names, names[0]]);
    expect(found).toMatchObject({ missing: [], extra: ["食品经营许可申请书"], channelPath: ["materials", 4] });
  });

  it("legal bases are a set: a repeat does not count, the quotation is not compared", () => {
    expect(against("legalBasis", "《食品安全法》第三十五条；《食品安全法》第35条；《食品经营许可管理办法》第四条")).toEqual([]);
  });

  it("an article with a 款 stays different from the bare article", () => {
    const [found] = against("legalBasis", "《中华人民共和国食品安全法》第三十五条第一款；《食品经营许可管理办法》第四条");
    expect(found).toMatchObject({ missing: ["《中华人民共和国食品安全法》第三十五条"], extra: ["《中华人民共和国食品安全法》第三十五条第一款"] });
  });

  it("legal and promised limits are reported separately", () => {
    const found = against("timeLimit", { legal: "十个工作日", promised: "二十个工作日" });
    expect(found.map((m) => [m.channelPath, m.master, m.channel])).toEqual([
      [["timeLimit", "legal"], "20个工作日", "十个工作日"],
      [["timeLimit", "promised"], "5个工作日", "二十个工作日"],
    ]);
  });

  it("a legal limit of null is the same as 无 / 无法定时限 / null on the channel", () => {
    const master = { ...MASTER, timeLimit: { legal: null, promised: { value: 0, unit: "working-day" } } };
    for (const legal of ["无", "无法定时限", null]) expect(against("timeLimit", { legal, promised: "即办" }, master)).toEqual([]);
    expect(against("timeLimit", { promised: "立即办理" }, master)).toEqual([]);
    expect(against("timeLimit", { promised: "即时办结" }, master)).toEqual([]);
    expect(fieldOf(against("timeLimit", { legal: "20个工作日" }, master))).toEqual(["timeLimit"]);
  });

  it("a channel that shows the master's note word for word", () => {
    expect(against("timeLimit", { legal: "受理之日起20个工作日" })).toEqual([]);
    const master = { ...MASTER, timeLimit: { legal: null, promised: { value: 5, unit: "working-day", note: "材料齐全后五日内，特殊情况另行告知" } } };
    expect(against("timeLimit", { promised: "材料齐全后五日内,特殊情况另行告知。" }, master)).toEqual([]);
  });

  it("immediate is zero in any unit; units differ otherwise", () => {
    const master = { ...MASTER, timeLimit: { legal: { value: 0, unit: "hour" }, promised: { value: 8, unit: "hour" } } };
    expect(against("timeLimit", { legal: "即办", promised: "8小时" }, master)).toEqual([]);
    expect(fieldOf(against("timeLimit", { promised: "1个工作日" }, master))).toEqual(["timeLimit"]);
  });

  it("a channel timeLimit that is not a mapping is not read", () => {
    expect(against("timeLimit", "5个工作日")).toEqual([]);
    expect(against("timeLimit", ["5个工作日"])).toEqual([]);
  });

  it("fields the channel does not show, or shows blank, are not compared", () => {
    expect(compareRecords(MASTER, { code: MASTER.code })).toEqual([]);
    expect(compareRecords(MASTER, { code: MASTER.code, name: "", phone: null, materials: undefined, publishedOn: ["pc"], volume: 3 })).toEqual([]);
  });

  it("blank is what shows nothing: invisible and full-width spaces too (rules/access.ts isBlank)", () => {
    expect(against("name", "\u200b\u3000\u00a0")).toEqual([]);
    // A master text of only such spaces is empty, like an absent one; its node is where it is written.
    const master = { ...MASTER, complaintPhone: "\u200b\u3000" };
    expect(against("complaintPhone", "0825-5432199", master)).toEqual([
      { field: "complaintPhone", master: "", channel: "0825-5432199", channelPath: ["complaintPhone"], masterPath: ["complaintPhone"] },
    ]);
  });

  it("what the channel shows and the master leaves empty is a mismatch; 无 for an empty optional text is not", () => {
    expect(against("onSiteReason", "无")).toEqual([]);
    const { complaintPhone: _, ...master } = MASTER;
    expect(against("complaintPhone", "无", master)).toEqual([]);
    expect(against("complaintPhone", "0825-5432199", master)).toEqual([
      { field: "complaintPhone", master: "", channel: "0825-5432199", channelPath: ["complaintPhone"], masterPath: [] },
    ]);
    expect(against("onSiteReason", "需现场核验原件")).toEqual([
      { field: "onSiteReason", master: "", channel: "需现场核验原件", channelPath: ["onSiteReason"], masterPath: ["onSiteReason"] },
    ]);
  });

  it("a master value the schema rejects is not compared (the schema reports it)", () => {
    const master = { ...MASTER, timeLimit: "twenty days", materials: "x".repeat(0) || 42, name: { zh: "x" } };
    expect(compareRecords(master, { code: MASTER.code, timeLimit: { promised: "十个工作日" }, materials: ["a"], name: "b" })).toEqual([]);
  });

  it("an unquoted code or phone read as a number keeps no leading zero", () => {
    expect(against("baseCode", 117600000)).toEqual([]);
    expect(against("phone", 8255432100, { ...MASTER, phone: "08255432100" })).toEqual([]);
    // Phones compare by their digits: the master's dash is not a difference (guide-format.md).
    expect(against("phone", 8255432100)).toEqual([]);
    expect(fieldOf(against("phone", 8255432101))).toEqual(["phone"]);
    expect(fieldOf(against("baseCode", 117600001))).toEqual(["baseCode"]);
    expect(against("region", 510921)).toEqual([]);
    expect(fieldOf(against("region", 510922))).toEqual(["region"]);
  });

  it("phone digits as a YAML number on both sides", () => {
    const master = { ...MASTER, complaintPhone: 12345 };
    expect(against("complaintPhone", "12345", master)).toEqual([]);
    expect(against("complaintPhone", 12345, master)).toEqual([]);
    expect(fieldOf(against("complaintPhone", 12346, master))).toEqual(["complaintPhone"]);
  });

  it("a charged fee: basis, items and a text that states a standard", () => {
    const master = { ...MASTER, fee: { charged: true, basis: "《行政事业性收费标准》", items: [{ name: "工本费", standard: "10元/本" }] } };
    expect(against("fee", "收费", master)).toEqual([]);
    expect(against("fee", "工本费：10元/本", master)).toEqual([]);
    expect(against("fee", "10元/本", master)).toEqual([]);
    expect(against("fee", { charged: "是", items: [{ name: "工本费", standard: "10元／本" }] }, master)).toEqual([]);
    expect(against("fee", { basis: "《行政事业性收费标准》。" }, master)).toEqual([]);
    expect(fieldOf(against("fee", "工本费：20元/本", master))).toEqual(["fee"]);
    expect(fieldOf(against("fee", "不收费", master))).toEqual(["fee"]);
    const [standard] = against("fee", { items: [{ name: "工本费", standard: "20元/本" }] }, master);
    expect(standard).toMatchObject({
      entry: "工本费",
      attribute: "standard",
      master: "10元/本",
      channel: "20元/本",
      channelPath: ["fee", "items", 0, "standard"],
    });
    const [basis] = against("fee", { basis: "《另一个收费标准》" }, master);
    expect(basis).toMatchObject({ attribute: "basis", channelPath: ["fee", "basis"], masterPath: ["fee", "basis"] });
  });

  it("subjects: 非法人组织 and 自然人 as text, in any order and with any separator", () => {
    const master = { ...MASTER, subjects: ["natural-person", "legal-person", "other-organization"] };
    for (const shown of ["自然人、法人、非法人组织", "非法人组织,法人 自然人", "法人；自然人/非法人组织", ["非法人组织", "natural-person", "法人"]]) {
      expect(against("subjects", shown, master)).toEqual([]);
    }
    const [found] = against("subjects", "自然人、法人", master);
    // An id reads as its Chinese name, the way the channel shows it.
    expect(found).toMatchObject({ missing: ["非法人组织"], extra: [], masterPath: ["subjects", 2] });
  });
});

describe("compareViews: the same from compact master views", () => {
  it("gives what compareRecords gives", () => {
    const channel = readYaml("pc/a-food-license.yaml");
    const fromViews = (["name", "timeLimit", "materials", "address"] as const).flatMap((field) =>
      compareViews(field, viewField(field, MASTER[field]), viewField(field, channel[field])),
    );
    expect(fromViews).toEqual(compareRecords(MASTER, channel));
  });

  it("a master view undefined is an empty master", () => {
    expect(compareViews("phone", undefined, viewField("phone", "12345"))).toMatchObject([{ master: "", channel: "12345", masterPath: [] }]);
    expect(compareViews("phone", undefined, undefined)).toEqual([]);
  });
});

describe("viewField", () => {
  it.each<[ComparedField, unknown, unknown]>([
    ["name", "食品经营许可（新办）", "食品经营许可(新办)。"],
    ["type", "administrative-license", "行政许可"],
    ["level", "township", "乡镇(街道)级"],
    ["processing", "immediate", "即办件"],
    ["subjects", ["natural-person", "legal-person"], "法人、自然人"],
    ["legalBasis", [{ law: "中华人民共和国食品安全法", article: "第三十五条第二款" }], "《食品安全法》第35条第2款"],
    ["timeLimit", { legal: { value: 20, unit: "working-day" }, promised: { value: 0, unit: "hour" } }, { legal: "二十个工作日", promised: "即办" }],
    ["runs", 1, "一次"],
    ["onlineDepth", 3, "三级 网上预审/网上申报"],
    ["materials", [{ name: "申请书" }, { name: "身份证" }], ["身份证", "申请书"]],
    ["address", [{ place: "一楼" }, { place: "二楼" }], "二楼；一楼"],
    ["fee", { charged: false }, { charged: false }],
  ])("%s: %j and %j have the same key", (field, a, b) => {
    expect(viewField(field, a)?.key).toBe(viewField(field, b)?.key);
  });

  it.each<[ComparedField, unknown, unknown]>([
    ["name", "食品经营许可（新办）", "食品经营许可（延续）"],
    ["legalBasis", "《食品安全法》第三十五条", "《食品安全法》第三十六条"],
    ["legalBasis", "《食品安全法》第三十五条", "《食品安全法》第一百三十五条"],
    ["timeLimit", { promised: "十个工作日" }, { promised: { value: 5, unit: "working-day" } }],
    ["timeLimit", { legal: "20个工作日" }, { legal: "28个自然日" }],
    ["processing", "承诺件", "即办件"],
    ["materials", [{ name: "营业执照" }], [{ name: "营业执照副本复印件" }]],
    ["materials", [{ name: "申请书", copies: 1 }], [{ name: "申请书", copies: 2 }]],
    ["address", [{ place: "蓬溪县政务服务中心一楼" }], [{ place: "蓬溪县政务服务中心二楼" }]],
    ["phone", "0825-5432100", "0825-5432109"],
    ["runs", "0次", "一次"],
  ])("%s: %j and %j differ", (field, a, b) => {
    expect(viewField(field, a)?.key).not.toBe(viewField(field, b)?.key);
  });

  it("list entries carry their normalised keys and displays", () => {
    expect(viewField("legalBasis", "《中华人民共和国食品安全法》第三十五条；《食品经营许可管理办法》第四条")?.entries).toEqual([
      { key: "食品安全法\t第35条", display: "《中华人民共和国食品安全法》第三十五条" },
      { key: "食品经营许可管理办法\t第4条", display: "《食品经营许可管理办法》第四条" },
    ]);
  });

  it("absent, null and unreadable values have no view", () => {
    for (const field of ["name", "subjects", "legalBasis", "timeLimit", "materials", "fee", "runs"] as const) {
      expect(viewField(field, undefined)).toBeUndefined();
      expect(viewField(field, null)).toBeUndefined();
    }
    expect(viewField("name", { a: 1 })).toBeUndefined();
    expect(viewField("name", "  ")).toBeUndefined();
    expect(viewField("timeLimit", "5个工作日")).toBeUndefined();
    expect(viewField("materials", 3)).toBeUndefined();
    expect(viewField("fee", [1])).toBeUndefined();
  });

  it("a unit named like an Object property is not a unit", () => {
    expect(viewField("timeLimit", { promised: { value: 5, unit: "constructor" } })?.limits?.promised).toBeUndefined();
  });
});

describe("compareRecords: conditions and process (guide-format's optional elements, in README)", () => {
  const master = {
    ...MASTER,
    conditions: ["申请人取得合法有效的营业执照", "有专职或者兼职的食品安全管理人员"],
    process: [
      { name: "受理", timeLimit: { value: 1, unit: "working-day" }, online: true },
      { name: "审查", timeLimit: { value: 3, unit: "working-day" }, online: true },
      { name: "决定", timeLimit: { value: 1, unit: "working-day" }, online: true },
    ],
  };

  it("conditions are a set, numbered or not, in any order, also as one text", () => {
    expect(against("conditions", ["2. 有专职或者兼职的食品安全管理人员", "（一）申请人取得合法有效的营业执照"], master)).toEqual([]);
    expect(against("conditions", "1.申请人取得合法有效的营业执照\n2.有专职或者兼职的食品安全管理人员。", master)).toEqual([]);
  });

  it("a condition left out or added is a difference", () => {
    const [missing] = against("conditions", ["申请人取得合法有效的营业执照"], master);
    expect(missing).toMatchObject({ field: "conditions", missing: ["有专职或者兼职的食品安全管理人员"], extra: [] });
    const [added] = against("conditions", [...master.conditions, "无不良信用记录"], master);
    expect(added).toMatchObject({ field: "conditions", extra: ["无不良信用记录"], channelPath: ["conditions", 2] });
  });

  it("process steps match by name; their limits and online flags compare where shown", () => {
    expect(against("process", ["受理", "审查", "决定"], master)).toEqual([]);
    expect(against("process", [{ name: "受理", timeLimit: "1个工作日" }, { name: "审查", online: "是" }, { name: "决定" }], master)).toEqual([]);
    const [limit] = against("process", [{ name: "受理" }, { name: "审查", timeLimit: "5个工作日" }, { name: "决定" }], master);
    expect(limit).toMatchObject({
      field: "process",
      attribute: "timeLimit",
      channelPath: ["process", 1, "timeLimit"],
      masterPath: ["process", 1, "timeLimit"],
    });
    const [online] = against("process", [{ name: "受理" }, { name: "审查" }, { name: "决定", online: false }], master);
    expect(online).toMatchObject({ attribute: "online", channelPath: ["process", 2, "online"] });
    expect(fieldOf(against("process", ["受理", "决定"], master))).toEqual(["process"]);
  });
});
