import { findListMatchByKey } from "../../lists/match.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { namedMaterials } from "../materials.js";
import { defineRule } from "../types.js";

// 电子证照免提交: a licence the office can fetch from the e-licence library (电子证照库) must not be
// demanded on paper only. The e-licence list (built-in national types plus the config's
// `lists.eLicenses`) says which materials are such licences; a name matches when, normalised, it
// equals or contains an entry's name or alias as a whole document name ("营业执照副本复印件" is
// 营业执照; "居住证明" is not 居住证, "身份证明" not 身份证: see src/lists/match.ts). A material the
// catalog itself marks `eLicense: true` is such a licence too, whatever its name.

const EITHER_MEDIA = [
  {
    desc: { en: "Set the media to paper-or-electronic (纸质或电子).", "zh-CN": "将材料介质改为“纸质或电子”（paper-or-electronic）。" },
    fix: { value: "paper-or-electronic" },
  },
];

/** A material obtainable as an e-licence is not demanded on paper only (电子证照免提交). */
export default defineRule({
  id: "materials-e-license",
  title: { en: "E-licence material demanded on paper", "zh-CN": "可用电子证照的材料仍要求纸质" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  // Not a safe fix: the office must be able to fetch the licence before it stops asking for paper.
  hasSuggestions: true,
  description: {
    en: "A material available as an e-licence is demanded on paper only.",
    "zh-CN": "可通过电子证照获取的材料仍要求提交纸质材料。",
  },
  policy: "电子证照免提交",
  messages: {
    listed: {
      en: 'Material "{{name}}" is an e-licence ({{entry}}) the office can fetch from the e-licence library, but it is demanded on paper only: set its media to paper-or-electronic, so the applicant need not bring it on paper.',
      "zh-CN":
        "申请材料“{{name}}”属于电子证照（{{entry}}），可从电子证照库调取，但材料介质仅为纸质；请将材料介质改为“纸质或电子”（paper-or-electronic），申请人可免于提交纸质材料。",
    },
    marked: {
      en: 'Material "{{name}}" is marked as obtainable from the e-licence library (eLicense: true), but it is demanded on paper only: set its media to paper-or-electronic, or correct the e-licence flag.',
      "zh-CN": "申请材料“{{name}}”已标注可用电子证照，但材料介质仅为纸质；请将材料介质改为“纸质或电子”（paper-or-electronic），或更正“可用电子证照”标注。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report, lists }) {
    const capped = cappedReport(report, "more");
    for (const { material, index, name, key } of namedMaterials(item)) {
      if (material.media !== "paper") continue;
      const path = ["materials", index, "media"];
      const match = findListMatchByKey(key, lists.eLicenses);
      if (match) capped.report({ messageId: "listed", path, data: { name, entry: match.entry.name }, suggestions: EITHER_MEDIA });
      else if (material.eLicense === true) capped.report({ messageId: "marked", path, data: { name }, suggestions: EITHER_MEDIA });
    }
    capped.flush();
  },
});
