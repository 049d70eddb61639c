import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/catalog/facts.js";
import { renderText } from "../../src/i18n/render.js";
import rule from "../../src/rules/catalog/code-unique.js";
import type { CatalogReport } from "../../src/rules/types.js";
import { itemWith, testCatalogRule } from "../support/rule-tester.js";

const coded = (code: string) => itemWith({ code });
const CODE = "11510921MB1538709A4000117600001";

testCatalogRule(rule, {
  valid: [
    { name: "two items, two codes", items: { "a.yaml": coded(CODE), "b.yaml": coded("11510921MB1538709A4000117600002") } },
    {
      name: "an item without a code is not a duplicate of another",
      items: { "a.yaml": itemWith({ code: undefined }), "b.yaml": itemWith({ code: undefined }) },
    },
  ],
  invalid: [
    {
      name: "two files with one code: both are reported, the second as the copy",
      items: { "a.yaml": coded(CODE), "b.yaml": coded(CODE) },
      errors: [
        { messageId: "duplicate", file: "a.yaml", path: ["code"] },
        { messageId: "copy", file: "b.yaml", path: ["code"] },
      ],
    },
    {
      name: "a code written with spaces around it is the same code",
      items: {
        "a.yaml": coded(CODE),
        "b.yaml": coded(` ${CODE} `),
        "c.yaml": coded("11510921MB1538709A4000117600003"),
      },
      errors: [
        { messageId: "duplicate", file: "a.yaml", path: ["code"] },
        { messageId: "copy", file: "b.yaml", path: ["code"] },
      ],
    },
  ],
});

/** The rule over `n` files that all carry one code (file-0.yaml first). */
function copies(n: number): CatalogReport[] {
  const record = coded(CODE);
  const items = Array.from({ length: n }, (_, i) => extractFacts(record, { file: `file-${i}.yaml`, filePath: `/c/file-${i}.yaml` }, true, []));
  const reports: CatalogReport[] = [];
  rule.checkCatalog({ items, options: {}, channels: [], report: (r) => reports.push(r) });
  return reports;
}

const en = (report: CatalogReport) => renderText(rule.messages[report.messageId as "duplicate" | "copy"], report.data ?? {}, "en");
const zh = (report: CatalogReport) => renderText(rule.messages[report.messageId as "duplicate" | "copy"], report.data ?? {}, "zh-CN");

describe("code-unique: each copy against the first occurrence", () => {
  it("names every copy on the first occurrence when there are few, and the first occurrence on each copy", () => {
    const [first, ...rest] = copies(3);
    expect(first.target.filePath).toBe("/c/file-0.yaml");
    expect(en(first)).toBe(
      `The implementation code ${CODE} is also used by file-1.yaml, file-2.yaml: each item needs its own code, so one of these records is a copy or carries the wrong code.`,
    );
    expect(first.related?.map((r) => r.filePath)).toEqual(["/c/file-1.yaml", "/c/file-2.yaml"]);
    expect(rest.map((r) => [r.messageId, r.target.filePath, r.related?.map((t) => t.filePath)])).toEqual([
      ["copy", "/c/file-1.yaml", ["/c/file-0.yaml"]],
      ["copy", "/c/file-2.yaml", ["/c/file-0.yaml"]],
    ]);
    expect(en(rest[0])).toBe(
      `The implementation code ${CODE} is already used by file-0.yaml, where it first occurs; 3 files carry it: each item needs its own code, so this record is a copy or carries the wrong code.`,
    );
    expect(zh(rest[0])).toContain("已被file-0.yaml使用（首次出现），共有3个文件使用该编码");
  });

  it("names 20 copies on the first occurrence and counts the rest, in both languages", () => {
    const [first, ...rest] = copies(25);
    expect(first.related).toHaveLength(20);
    expect(en(first)).toContain("is also used by file-1.yaml, file-2.yaml,");
    expect(en(first)).toContain("file-20.yaml and 4 more: each item");
    expect(zh(first)).toContain("file-20.yaml等另外4个文件使用");
    expect(rest).toHaveLength(24);
    expect(rest.every((r) => r.related?.length === 1)).toBe(true);
  });
});
