import type { ItemFacts } from "../../catalog/facts.js";
import { defineRule } from "../types.js";

/** An implementation code identifies one item in a catalog (实施编码唯一). */
export default defineRule({
  id: "code-unique",
  scope: "catalog",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "Two files carry the same implementation code.",
    "zh-CN": "多个文件使用同一实施编码。",
  },
  policy: "事项编码：实施编码在目录中唯一",
  messages: {
    duplicate: {
      en: "The implementation code {{code}} is also used by {{others}}: each item needs its own code, so one of these records is a copy or carries the wrong code.",
      "zh-CN": "实施编码{{code}}同时被{{others}}使用；每个事项的实施编码应唯一，请核对其中是否有重复录入或编码填错的记录。",
    },
  },
  checkCatalog({ items, report }) {
    const byCode = new Map<string, ItemFacts[]>();
    for (const item of items) {
      if (item.code) byCode.set(item.code, [...(byCode.get(item.code) ?? []), item]);
    }
    for (const [code, holders] of byCode) {
      if (holders.length < 2) continue;
      for (const item of holders) {
        const others = holders.filter((h) => h !== item);
        report({
          messageId: "duplicate",
          target: { filePath: item.filePath, path: ["code"], itemCode: code },
          data: { code, others: others.map((o) => o.file).join(", ") },
          related: others.map((o) => ({ filePath: o.filePath, path: ["code"], itemCode: code })),
        });
      }
    }
  },
});
