import { recordsOf } from "../access.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// A material's form, media and count must describe something an applicant can hand in; the
// platforms' upload checks reject records where they contradict (platform-data.md §8, item 4).
// `copies` is the number of paper copies (纸质材料份数):
// - a document issued once (政府部门核发, or held in the e-licence library: 营业执照, 身份证) has
//   one original, so "原件, 3份" asks for what does not exist: it is 1 original, or copies (复印件);
// - an electronic-only material is one file: several copies of it are paper counts that no
//   paper is handed in for.
// 0 copies of a paper material is the schema's finding (份数 is at least 1); `copies` itself is
// optional in the format, so its absence is not a contradiction.

const ISSUED_ONCE_SOURCES = new Set(["government"]);

/** Form, media and copies of a material agree (材料形式、介质与份数一致). */
export default defineRule({
  id: "materials-form",
  title: { en: "Material form and copies disagree", "zh-CN": "材料形式与份数矛盾" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "A material's form, media and copies contradict each other (several originals of an issued document, paper copies of an electronic-only material).",
    "zh-CN": "申请材料的材料形式、材料介质与份数相互矛盾（核发证照要求多份原件、纯电子材料要求多份）。",
  },
  policy: "申请材料的材料形式、介质、份数应准确一致",
  messages: {
    severalOriginals: {
      en: 'Material "{{name}}" is issued once, so there is only one original, but {{copies}} originals are asked for: ask for 1 original, or set the form to copy (复印件) or original and copy with the number of copies.',
      "zh-CN":
        "申请材料“{{name}}”为核发证照，原件只有一份，却要求提交原件{{copies}}份；请改为原件1份，或将材料形式改为“复印件”或“原件和复印件”并写明复印件份数。",
    },
    electronicCopies: {
      en: 'Material "{{name}}" is electronic only, yet {{copies}} copies are asked for; copies counts paper copies: an electronic material is one file (copies 1), or change the media if paper copies are wanted.',
      "zh-CN":
        "申请材料“{{name}}”的材料介质为电子，却要求{{copies}}份；份数指纸质材料份数，电子材料提交一份电子文件即可（份数改为1），如需纸质材料请修改材料介质。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    const capped = cappedReport(report, "more");
    for (const [material, index] of recordsOf(item.materials)) {
      const name = typeof material.name === "string" ? material.name.trim() : "";
      // A material without a name, or with a count that is not a whole number ≥ 1, is the schema's.
      if (name === "") continue;
      const copies = material.copies;
      const counted = typeof copies === "number" && Number.isInteger(copies) && copies >= 1 ? copies : undefined;
      const issuedOnce = (typeof material.source === "string" && ISSUED_ONCE_SOURCES.has(material.source)) || material.eLicense === true;
      if (material.form === "original" && issuedOnce && counted !== undefined && counted > 1) {
        capped.report({ messageId: "severalOriginals", path: ["materials", index, "copies"], data: { name, copies: counted } });
      }
      if (material.media === "electronic" && counted !== undefined && counted > 1) {
        capped.report({ messageId: "electronicCopies", path: ["materials", index, "copies"], data: { name, copies: counted } });
      }
    }
    capped.flush();
  },
});
