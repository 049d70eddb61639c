import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { namedMaterials } from "../materials.js";
import { defineRule } from "../types.js";

/** Each material is listed once: a second entry with the same (normalised) name is a copy-paste slip. */
export default defineRule({
  id: "materials-duplicate",
  title: { en: "Material listed twice", "zh-CN": "申请材料重复" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "The same material is listed twice.",
    "zh-CN": "同一申请材料重复列出。",
  },
  messages: {
    duplicate: {
      en: 'Material "{{name}}" is listed twice: it is the same as material {{first}}. Remove this entry; if an original and a copy are both needed, set the form of material {{first}} to original-and-copy.',
      "zh-CN": "申请材料“{{name}}”与第{{first}}项申请材料重复；请删除此项，如原件和复印件都需要，请将第{{first}}项的材料形式改为“原件和复印件”。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    // Same normalisation as every other comparison (guide-format.md): width, spaces, brackets,
    // trailing 。； — so "营业执照（副本）" and "营业执照(副本) " are one material.
    // Each copy is named against the first entry, so a list pasted many times is linear; past
    // the cap the copies are counted (caps.ts).
    const capped = cappedReport(report, "more");
    const firstIndex = new Map<string, number>();
    for (const { index, name, key } of namedMaterials(item)) {
      if (key === "") continue;
      const first = firstIndex.get(key);
      if (first === undefined) {
        firstIndex.set(key, index);
        continue;
      }
      capped.report({ messageId: "duplicate", path: ["materials", index, "name"], data: { name, first: first + 1 } });
    }
    capped.flush();
  },
});
