import { findListMatchByKey } from "../../lists/match.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { namedMaterials } from "../materials.js";
import { defineRule } from "../types.js";

// 证明材料取消到位: a proof on the cancelled-proof list (国办发〔2018〕47号; 民发〔2020〕20号 and the
// lists a province adds) may not be demanded any more. A material matches an entry when its name,
// normalised, equals or contains the entry's name or an alias as a whole document name (see
// src/lists/match.ts): "村委会出具的亲属关系证明" is 亲属关系证明, "出生医学证明" is not 出生证明.

/** A material must not be a proof that has been cancelled (证明材料取消到位). */
export default defineRule({
  id: "materials-cancelled-proof",
  title: { en: "Cancelled proof still required", "zh-CN": "仍要求已取消的证明材料" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  // Removing a material is the person's call: the office may need another way to check the fact.
  hasSuggestions: true,
  description: {
    en: "A material is a proof that has been cancelled.",
    "zh-CN": "申请材料含已取消的证明事项。",
  },
  policy: "证明材料取消到位",
  messages: {
    cancelled: {
      en: 'Material "{{name}}" is a cancelled proof ("{{entry}}" on the cancelled-proof list): remove it, and check the fact through data sharing, the applicant\'s written commitment (告知承诺) or the certificates the applicant already holds.',
      "zh-CN":
        "申请材料“{{name}}”属于已取消的证明事项（取消证明清单：{{entry}}）；请删除该材料，改为通过部门间数据共享核验、申请人书面承诺（告知承诺）或申请人已持有的证照办理。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report, lists }) {
    const capped = cappedReport(report, "more");
    // The key is normalised once per record (materials.ts), the match once per name and list (match.ts).
    for (const { index, name, key } of namedMaterials(item)) {
      const match = findListMatchByKey(key, lists.cancelledProofs);
      if (!match) continue;
      capped.report({
        messageId: "cancelled",
        path: ["materials", index, "name"],
        data: { name, entry: match.entry.name },
        suggestions: [
          {
            desc: {
              en: `Remove the material "${name}" (check the fact by data sharing or the applicant's commitment instead).`,
              "zh-CN": `删除申请材料“${name}”（改为数据共享核验或告知承诺）。`,
            },
            fix: { remove: true, path: ["materials", index] },
          },
        ],
      });
    }
    capped.flush();
  },
});
