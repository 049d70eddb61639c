// Big inputs stay linear (the "Province scale" issue): one code in 20,000 files, 100,000 unknown
// keys in one record, one material pasted 200,000 times. No timing here (scripts/bench-big-inputs.mjs
// prints the times for 1× and 10× inputs): these tests pin what makes the work linear — each
// copy is reported once, `related` is capped, and findings of one kind per record stop at the
// cap with one finding counting the rest.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { extractFacts } from "../../src/catalog/facts.js";
import { findingMessage } from "../../src/i18n/finding-message.js";
import type { LocalizedText } from "../../src/i18n/localized.js";
import { renderText } from "../../src/i18n/render.js";
import { BUILTIN_LISTS } from "../../src/lists/builtin.js";
import { MAX_REPORTS } from "../../src/rules/caps.js";
import codeUnique from "../../src/rules/catalog/code-unique.js";
import materialsCancelledProof from "../../src/rules/item/materials-cancelled-proof.js";
import materialsDuplicate from "../../src/rules/item/materials-duplicate.js";
import materialsELicense from "../../src/rules/item/materials-e-license.js";
import materialsVague from "../../src/rules/item/materials-vague.js";
import runsDepth from "../../src/rules/item/runs-depth.js";
import type { AnyItemRule, CatalogReport, ReportDescriptor } from "../../src/rules/types.js";
import schemaRule from "../../src/rules/file/schema.js";
import { MAX_FINDINGS_PER_KIND, schemaFindings } from "../../src/schema/schema-findings.js";
import { DEFAULT_UNIT_FACTORS } from "../../src/time/duration.js";
import { baseItem, itemWith } from "../support/rule-tester.js";

const render = (text: LocalizedText, data: ReportDescriptor["data"]) => ({
  en: renderText(text, data ?? {}, "en"),
  zh: renderText(text, data ?? {}, "zh-CN"),
});

function check(rule: AnyItemRule, item: Record<string, unknown>): ReportDescriptor[] {
  const reports: ReportDescriptor[] = [];
  rule.check({ item, options: rule.defaultOptions ?? {}, lists: BUILTIN_LISTS, unitFactors: DEFAULT_UNIT_FACTORS, report: (r) => reports.push(r) });
  return reports;
}

describe("one implementation code in 20,000 files (a county folder cloned from a template)", () => {
  const COPIES = 20_000;
  const record = baseItem();
  const items = Array.from({ length: COPIES }, (_, i) => extractFacts(record, { file: `c/${i}.yaml`, filePath: `/c/${i}.yaml` }, true, []));
  const reports: CatalogReport[] = [];
  codeUnique.checkCatalog({ items, options: {}, channels: [], report: (r) => reports.push(r) });

  it("gives each file one finding", () => {
    expect(reports).toHaveLength(COPIES);
    expect(new Set(reports.map((r) => r.target.filePath)).size).toBe(COPIES);
  });

  it("names 20 copies on the first occurrence and counts the other 19,979", () => {
    const [first] = reports;
    expect(first.target.filePath).toBe("/c/0.yaml");
    expect(first.related).toHaveLength(20);
    const text = render(codeUnique.messages.duplicate, first.data);
    expect(text.en).toContain("c/20.yaml and 19979 more:");
    expect(text.zh).toContain("c/20.yaml等另外19979个文件使用");
  });

  it("sets every later copy against the first occurrence only", () => {
    const copies = reports.slice(1);
    expect(copies.every((r) => r.messageId === "copy" && r.related?.length === 1 && r.related[0].filePath === "/c/0.yaml")).toBe(true);
    expect(render(codeUnique.messages.copy, copies[0].data).en).toContain("already used by c/0.yaml, where it first occurs; 20000 files carry it");
    // Bounded words per finding: the whole report grows with the copies, not with their square.
    const related = reports.reduce((n, r) => n + (r.related?.length ?? 0), 0);
    expect(related).toBe(20 + (COPIES - 1));
  });
});

describe("100,000 unknown keys in one record", () => {
  const KEYS = 100_000;
  const record: Record<string, unknown> = baseItem();
  for (let i = 0; i < KEYS; i++) record[`column${i}`] = i;
  // One problem of another kind, after them all: the cap is per kind, so it is still listed.
  record.runs = "twice";
  const findings = schemaFindings(record);

  it("lists the first 100 and counts the rest in one finding at the first one left out", () => {
    const unknown = findings.filter((f) => f.messageId === "unknownKey");
    expect(unknown).toHaveLength(MAX_FINDINGS_PER_KIND);
    expect(unknown.map((f) => f.path)).toEqual(Array.from({ length: MAX_FINDINGS_PER_KIND }, (_, i) => [`column${i}`]));
    const more = findings.filter((f) => f.messageId === "more");
    expect(more).toEqual([
      { messageId: "more", path: ["column100"], anchor: "key", data: { count: KEYS - MAX_FINDINGS_PER_KIND, limit: MAX_FINDINGS_PER_KIND } },
    ]);
    const text = render(schemaRule.messages.more, more[0].data);
    expect(text.en).toBe("99900 more findings of this kind in this record are not listed one by one (the first 100 are): correct those, then lint again.");
    expect(text.zh).toBe("本记录另有99900处同类问题未逐一列出（已列出前100处）；请先改正已列出的问题，再重新检查。");
  });

  it("still lists a problem of another kind", () => {
    expect(findings.filter((f) => f.messageId === "type").map((f) => f.path)).toEqual([["runs"]]);
    expect(findings).toHaveLength(MAX_FINDINGS_PER_KIND + 2);
  });

  it("counts a kind that stops just past the cap exactly", () => {
    const small: Record<string, unknown> = baseItem();
    for (let i = 0; i < MAX_FINDINGS_PER_KIND + 1; i++) small[`column${i}`] = i;
    const found = schemaFindings(small);
    expect(found.filter((f) => f.messageId === "unknownKey")).toHaveLength(MAX_FINDINGS_PER_KIND);
    expect(found.find((f) => f.messageId === "more")?.data).toEqual({ count: 1, limit: MAX_FINDINGS_PER_KIND });
  });

  it("lists every problem up to the cap, with no count", () => {
    const small: Record<string, unknown> = baseItem();
    for (let i = 0; i < MAX_FINDINGS_PER_KIND; i++) small[`column${i}`] = i;
    expect(schemaFindings(small).map((f) => f.messageId)).toEqual(Array(MAX_FINDINGS_PER_KIND).fill("unknownKey"));
  });
});

describe("one material pasted 200,000 times", () => {
  const COPIES = 200_000;
  // A paper original of 营业执照 (an e-licence) with no run to the office: three rules report on every copy.
  const material = { name: "营业执照", form: "original", media: "paper", copies: 1, necessity: "required", source: "applicant" };
  const item = itemWith({ runs: 0, materials: Array.from({ length: COPIES }, () => ({ ...material })) });

  it.each([
    [materialsDuplicate, "duplicate", COPIES - 1, 1, "name"],
    [materialsELicense, "listed", COPIES, 0, "media"],
    [runsDepth, "paperOriginal", COPIES, 0, "media"],
  ] as const)("%# %s: the first 100, then one finding counting the rest", (rule, messageId, total, firstIndex, field) => {
    const reports = check(rule, item);
    expect(reports).toHaveLength(MAX_REPORTS + 1);
    expect(reports.slice(0, MAX_REPORTS).every((r) => r.messageId === messageId)).toBe(true);
    expect(reports.slice(0, MAX_REPORTS).map((r) => r.path[1])).toEqual(Array.from({ length: MAX_REPORTS }, (_, i) => firstIndex + i));
    expect(reports[MAX_REPORTS]).toEqual({
      messageId: "more",
      path: ["materials", firstIndex + MAX_REPORTS, field],
      data: { count: total - MAX_REPORTS, limit: MAX_REPORTS },
    });
  });

  it("caps the catch-all and cancelled-proof findings the same way", () => {
    const vague = itemWith({ materials: Array.from({ length: COPIES }, () => ({ ...material, name: "其他材料" })) });
    expect(check(materialsVague, vague).map((r) => r.messageId)).toEqual([...Array(MAX_REPORTS).fill("catchAll"), "more"]);
    const cancelled = itemWith({ materials: Array.from({ length: COPIES }, () => ({ ...material, name: "亲属关系证明" })) });
    const reports = check(materialsCancelledProof, cancelled);
    expect(reports.map((r) => r.messageId)).toEqual([...Array(MAX_REPORTS).fill("cancelled"), "more"]);
    expect(reports.at(-1)?.data).toEqual({ count: COPIES - MAX_REPORTS, limit: MAX_REPORTS });
  });

  it("answers again when the record is edited between two checks (the per-record memo is checked)", () => {
    const small = itemWith({ materials: [{ ...material }, { ...material }] });
    expect(check(materialsDuplicate, small)).toHaveLength(1);
    (small.materials as Array<Record<string, unknown>>)[1].name = "食品经营许可申请书";
    expect(check(materialsDuplicate, small)).toHaveLength(0);
    (small.materials as Array<Record<string, unknown>>).push({ ...material });
    expect(check(materialsDuplicate, small)).toHaveLength(1);
  });
});

describe("a big record through the whole engine: capped findings are located", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "guidelint-scale-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("locates the first 100 findings of each kind and the count at the first one left out", async () => {
    const COPIES = 2_000;
    const text = `${[
      "code: '11510921MB1538709A4000117600000'",
      "baseCode: '000117600000'",
      "name: 食品经营许可（新办）",
      "type: administrative-license",
      "level: county",
      "region: '510921'",
      "department: 蓬溪县行政审批局",
      "subjects: [legal-person]",
      "legalBasis:",
      "  - { law: 中华人民共和国食品安全法, article: 第三十五条 }",
      "timeLimit:",
      "  legal: { value: 20, unit: working-day }",
      "  promised: { value: 5, unit: working-day }",
      "processing: commitment",
      "runs: 1",
      "onSiteReason: 须现场核验原件",
      "onlineDepth: 3",
      "materials:",
      ...Array.from(
        { length: COPIES },
        () => "  - { name: 食品经营许可申请书, form: original, media: paper-or-electronic, copies: 1, necessity: required, source: applicant }",
      ),
      "address:",
      "  - { place: 蓬溪县政务服务中心一楼综合窗口, street: 四川省遂宁市蓬溪县赤城镇滨江路1号, hours: 周一至周五 9:00-17:00 }",
      "phone: 0825-5432100",
      "complaintPhone: 0825-5432199",
      "fee: { charged: false }",
      ...Array.from({ length: COPIES }, (_, i) => `column${i}: ${i}`),
    ].join("\n")}\n`;
    mkdirSync(path.join(dir, "catalog"));
    writeFileSync(path.join(dir, "catalog/item.yaml"), text);
    const run = await lint({ cwd: dir, paths: ["catalog"] });
    const findings = run.results.flatMap((r) => r.findings);
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id);
    expect(findings.map((f) => f.ruleId).filter((id) => id !== "materials-duplicate" && id !== "schema")).toEqual([]);

    const materialsLine = text.split("\n").indexOf("materials:") + 1;
    const duplicates = byRule("materials-duplicate");
    expect(duplicates).toHaveLength(MAX_REPORTS + 1);
    const more = duplicates.find((f) => f.messageId === "more")!;
    // The 101st copy (materials[101]: the first copy is materials[0]) is where the count points.
    expect(more.line).toBe(materialsLine + 1 + MAX_REPORTS + 1);
    expect(findingMessage(more, "en")).toContain(`${COPIES - 1 - MAX_REPORTS} more findings of this kind`);

    const schema = byRule("schema");
    expect(schema).toHaveLength(MAX_FINDINGS_PER_KIND + 1);
    const columnLine = text.split("\n").indexOf(`column${MAX_FINDINGS_PER_KIND}: ${MAX_FINDINGS_PER_KIND}`) + 1;
    expect(schema.find((f) => f.messageId === "more")?.line).toBe(columnLine);
  });
});
