import type { ItemFacts } from "../../catalog/facts.js";
import { COMPARED_FIELDS, type ComparedField } from "../../channels/views/field-view.js";
import { describeField } from "../../i18n/field-labels.js";
import { readableDiff } from "../../text/char-diff.js";
import { visibleData } from "../../text/visible.js";
import { defineRule } from "../types.js";
import { andMore, MAX_RELATED } from "../caps.js";

interface Options {
  elements: ComparedField[];
}

// 四级四同: the same item (same baseCode) has the same name, code, type and legal basis at every
// level. Promised limits, addresses, phones and runs may differ by place and are not compared.
const FOUR_SAMES: ComparedField[] = ["name", "type", "legalBasis"];

export default defineRule<"differs" | "noMajority", Options>({
  id: "cross-level-consistency",
  title: { en: "Item differs across levels", "zh-CN": "同一事项各层级要素不一致" },
  scope: "catalog",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "Items with the same basic code differ in name, type or legal basis across levels or regions.",
    "zh-CN": "同一基本编码的事项在不同层级或地区间名称、类型或法定依据不一致。",
  },
  policy: "四级四同：同一事项在省市县各级名称、编码、类型、依据相同",
  messages: {
    differs: {
      en: '{{field}} differs from the other {{count}} items with basic code {{baseCode}}: here "{{value}}", elsewhere "{{expected}}" ({{diff}}). The same item must read the same at every level (四级四同).',
      "zh-CN":
        "{{field}}与同一基本编码{{baseCode}}的其他{{count}}个事项不一致：此处为“{{value}}”，其他为“{{expected}}”（{{diff}}）。同一事项在各层级应保持一致（四级四同）。",
    },
    noMajority: {
      en: '{{field}} of the {{count}} items with basic code {{baseCode}} disagree and no version is in the majority: here "{{value}}"; elsewhere {{others}}{{more}}. Agree on one version with the other levels.',
      "zh-CN": "同一基本编码{{baseCode}}的{{count}}个事项的{{field}}互不一致，且无多数版本：此处为“{{value}}”，其他为{{others}}{{more}}。请与其他层级统一。",
    },
  },
  optionsSchema: {
    type: "object",
    properties: {
      elements: {
        type: "array",
        items: { enum: [...COMPARED_FIELDS] },
        minItems: 1,
        uniqueItems: true,
        description: "the elements compared; provinces that unify more add e.g. `materials`, `timeLimit`, `onlineDepth`",
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { elements: FOUR_SAMES },
  facts: (options) => options.elements,
  checkCatalog({ items, options, report }) {
    const groups = new Map<string, ItemFacts[]>();
    for (const item of items) {
      if (!item.baseCode) continue;
      const group = groups.get(item.baseCode);
      if (group) group.push(item);
      else groups.set(item.baseCode, [item]);
    }
    for (const [baseCode, group] of groups) {
      if (group.length < 2) continue;
      for (const field of options.elements) {
        const holders = group.filter((item) => item.views[field]);
        const counts = new Map<string, number>();
        for (const item of holders) counts.set(item.views[field]!.key, (counts.get(item.views[field]!.key) ?? 0) + 1);
        if (counts.size < 2) continue;
        const [majorityKey, majorityCount] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
        const hasMajority = majorityCount * 2 > holders.length;
        const majority = holders.find((item) => item.views[field]!.key === majorityKey)!;
        for (const item of holders) {
          const view = item.views[field]!;
          if (hasMajority && view.key === majorityKey) continue;
          // At most MAX_RELATED others are named: a template cloned into 20,000 counties must not
          // give each deviator 19,999 related places (the count still says how many there are).
          const named = firstOthers(holders, item, MAX_RELATED);
          const left = holders.length - 1 - named.length;
          // The element's key: for a list (legal basis) that is the line that names it.
          const related = named.map((other) => ({ filePath: other.filePath, path: [field], anchor: "key" as const, itemCode: other.code }));
          const target = { filePath: item.filePath, path: [field], anchor: "key" as const, itemCode: item.code };
          if (hasMajority) {
            const expected = majority.views[field]!.display;
            report({
              messageId: "differs",
              target,
              related,
              // Values quoted into the message: an invisible character in them is named.
              data: visibleData({
                field: describeField([field]),
                baseCode,
                count: holders.length - 1,
                value: view.display,
                expected,
                diff: readableDiff(expected, view.display),
              }),
            });
          } else {
            report({
              messageId: "noMajority",
              target,
              related,
              data: visibleData({
                field: describeField([field]),
                baseCode,
                count: holders.length,
                value: view.display,
                others: named.map((o) => `${o.file}: “${o.views[field]!.display}”`).join("; "),
                more: andMore(left, "事项"),
              }),
            });
          }
        }
      }
    }
  },
});

/** The first `limit` items of the group other than `item`, in catalog order (linear, whatever the group's size). */
function firstOthers(group: readonly ItemFacts[], item: ItemFacts, limit: number): ItemFacts[] {
  const out: ItemFacts[] = [];
  for (const other of group) {
    if (out.length === limit) break;
    if (other !== item) out.push(other);
  }
  return out;
}
