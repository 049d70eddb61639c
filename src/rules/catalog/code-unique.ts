import type { ItemFacts } from "../../catalog/facts.js";
import type { CatalogTarget } from "../types.js";
import { defineRule } from "../types.js";
import { andMore, MAX_RELATED } from "../caps.js";

/** An implementation code identifies one item in a catalog (实施编码唯一). */
export default defineRule({
  id: "code-unique",
  title: { en: "Implementation code used twice", "zh-CN": "实施编码重复" },
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
      en: "The implementation code {{code}} is also used by {{others}}{{more}}: each item needs its own code, so one of these records is a copy or carries the wrong code.",
      "zh-CN": "实施编码{{code}}同时被{{others}}{{more}}使用；每个事项的实施编码应唯一，请核对其中是否有重复录入或编码填错的记录。",
    },
    copy: {
      en: "The implementation code {{code}} is already used by {{first}}, where it first occurs; {{count}} files carry it: each item needs its own code, so this record is a copy or carries the wrong code.",
      "zh-CN": "实施编码{{code}}已被{{first}}使用（首次出现），共有{{count}}个文件使用该编码；每个事项的实施编码应唯一，请核对本记录是否为重复录入或编码填错。",
    },
  },
  // Every file with the code gets one finding, so whichever file a maintainer opens (or a
  // pre-commit hook is given) shows it; but each copy is set against the first occurrence only,
  // never against every other copy: 20,000 copies of a template are 20,000 findings of bounded
  // size, not 20,000² names.
  checkCatalog({ items, report }) {
    const byCode = new Map<string, ItemFacts[]>();
    for (const item of items) {
      if (!item.code) continue;
      const holders = byCode.get(item.code);
      if (holders) holders.push(item);
      else byCode.set(item.code, [item]);
    }
    for (const [code, holders] of byCode) {
      if (holders.length < 2) continue;
      const target = (item: ItemFacts): CatalogTarget => ({ filePath: item.filePath, path: ["code"], itemCode: code });
      const [first, ...copies] = holders;
      const named = copies.slice(0, MAX_RELATED);
      report({
        messageId: "duplicate",
        target: target(first),
        data: { code, others: named.map((o) => o.file).join(", "), more: andMore(copies.length - named.length, "文件") },
        related: named.map(target),
      });
      for (const copy of copies) {
        report({ messageId: "copy", target: target(copy), data: { code, first: first.file, count: holders.length }, related: [target(first)] });
      }
    }
  },
});
