import { viewKey } from "../../channels/views/keys.js";
import { describeField } from "../../i18n/field-labels.js";
import { visibleData } from "../../text/visible.js";
import { defineRule } from "../types.js";

/** Names and types follow the provincial basic catalog (事项名称要与基本目录一致). */
export default defineRule({
  id: "base-catalog-match",
  title: { en: "Not in the basic catalog", "zh-CN": "基本编码不在基本目录中" },
  scope: "catalog",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "An item's name or type differs from the basic catalog, or its basic code is not in it.",
    "zh-CN": "事项名称或类型与基本目录不一致，或基本编码不在基本目录中。",
  },
  policy: "事项名称、类型要与基本目录一致",
  facts: () => ["name", "type"] as const,
  messages: {
    notInCatalog: {
      en: "The basic code {{baseCode}} is not in the basic catalog: check the code, or have the item added to the provincial basic catalog first.",
      "zh-CN": "基本编码{{baseCode}}不在基本目录中；请核对编码，或先将该事项纳入省级基本目录。",
    },
    differs: {
      en: '{{field}} "{{value}}" differs from the basic catalog entry for {{baseCode}}: "{{expected}}". Use the basic catalog\'s wording.',
      "zh-CN": "{{field}}“{{value}}”与基本目录中{{baseCode}}的“{{expected}}”不一致，请与基本目录保持一致。",
    },
  },
  checkCatalog({ items, baseCatalog, report }) {
    if (!baseCatalog) return;
    for (const item of items) {
      if (!item.baseCode) continue;
      const entry = baseCatalog.get(item.baseCode);
      if (!entry) {
        report({
          messageId: "notInCatalog",
          target: { filePath: item.filePath, path: ["baseCode"], itemCode: item.code },
          data: visibleData({ baseCode: item.baseCode }),
        });
        continue;
      }
      for (const field of ["name", "type"] as const) {
        const mine = item.views[field];
        const expected = entry[field];
        // The facts keep a long key as its hash: the basic catalog's key is compared in that form.
        if (!mine || !expected || mine.key === viewKey(expected.key)) continue;
        report({
          messageId: "differs",
          target: { filePath: item.filePath, path: [field], itemCode: item.code },
          // Values quoted into the message: an invisible character in them is named.
          data: visibleData({ field: describeField([field]), value: mine.display, expected: expected.display, baseCode: item.baseCode }),
          related: [{ filePath: entry.filePath, path: [...entry.path, field] }],
        });
      }
    }
  },
});
