// A template cloned into many regions: one deviator among 30 copies, or 25 versions with no
// majority. Each finding names at most 20 others and counts the rest.
import { describe, expect, it } from "vitest";
import type { ItemFacts } from "../../src/catalog/facts.js";
import { extractFacts } from "../../src/catalog/facts.js";
import rule from "../../src/rules/catalog/cross-level-consistency.js";
import type { CatalogReport } from "../../src/rules/types.js";
import { renderText } from "../../src/i18n/render.js";
import { itemWith } from "../support/rule-tester.js";

function run(names: string[]): CatalogReport[] {
  const items: ItemFacts[] = names.map((name, i) =>
    extractFacts(itemWith({ name, code: `code-${i}` }), { file: `c/${i}.yaml`, filePath: `/c/${i}.yaml` }, true, ["name"]),
  );
  const reports: CatalogReport[] = [];
  rule.checkCatalog({ items, options: { elements: ["name"] }, channels: [], report: (r) => reports.push(r as CatalogReport) });
  return reports;
}

describe("cross-level-consistency in a large group", () => {
  it("a deviator among 30: one finding, the count of all others, 20 related places", () => {
    const reports = run([...Array.from({ length: 29 }, () => "食品经营许可（新办）"), "食品经营许可（变更）"]);
    expect(reports).toHaveLength(1);
    expect(reports[0].data?.count).toBe(29);
    expect(reports[0].related).toHaveLength(20);
  });

  it("25 versions, no majority: each names 20 others and says how many more", () => {
    const reports = run(Array.from({ length: 25 }, (_, i) => `食品经营许可（第${i}版）`));
    expect(reports).toHaveLength(25);
    for (const report of reports) expect(report.related).toHaveLength(20);
    const text = renderText(rule.messages.noMajority, reports[0].data ?? {}, "en");
    expect(text).toMatch(/ and 4 more\. Agree on one version/);
    expect(text.match(/c\/\d+\.yaml/g)).toHaveLength(20);
    expect(renderText(rule.messages.noMajority, reports[0].data ?? {}, "zh-CN")).toMatch(/等另外4个事项。/);
  });

  it("a small group names every other item and adds nothing", () => {
    const reports = run(["甲", "乙", "丙"]);
    expect(reports).toHaveLength(3);
    expect(renderText(rule.messages.noMajority, reports[0].data ?? {}, "en")).not.toMatch(/more/);
  });
});
