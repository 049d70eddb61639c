import { textMemo } from "../../text/memo.js";
import { isSequenceOf } from "../../text/word-sequence.js";
import { toSimplified } from "../../text/simplified.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { namedMaterials } from "../materials.js";
import { defineRule } from "../types.js";

// A catch-all material (兜底条款: 其他材料, 相关材料, 法律法规规定的其他材料, ……等材料) lets the
// office ask for anything at the window, which a published guide exists to prevent; hence the
// implementation list's rule for 申请材料: "不得设兜底条款", every material named.
//
// A name is a catch-all when it names no document: it ends in 其他/其它 + a generic noun
// ("X及其他材料"), ends in 等 + a generic noun ("营业执照等材料"), or is nothing but a generic
// noun with generic words before it ("相关材料", "与申请事项有关的证明材料"). Names that contain
// 相关/有关/等 but name a subject or a document are specific and left alone:
// "建设项目环境影响评价相关文件", "主要设备设施布局、操作流程等文件" (the wording of
// 食品经营许可管理办法: the 等 lists the document's contents), "营业执照或其他主体资格证明文件".

// Nouns that name no particular document; longer ones first, so the regexes take "证明材料" whole.
const GENERIC_NOUN = "证明材料|证明文件|证明资料|佐证材料|书面材料|申请材料|材料|资料|文件|证件|证明|手续|附件|证照|凭证";
const OTHER = "其他|其它|其余";
const RELATED = "相关|有关";

// "…其他材料", "…其它相关证明".
const OTHER_TAIL = new RegExp(`(?:${OTHER})(?:${RELATED})?的?(?:${GENERIC_NOUN})$`, "u");
// "…等材料", "…等证明材料" (等 + 材料/资料 is open-ended); "…等相关文件" (等 + 相关/其他 + any generic noun).
// A bare "…等文件" / "…等证件" after named things is a class of documents, not a catch-all.
const ETC_TAIL = new RegExp(`等(?:(?:${OTHER}|${RELATED})*的?(?:证明材料|证明资料|证明文件|材料|资料)|(?:${OTHER}|${RELATED})+的?(?:${GENERIC_NOUN}))$`, "u");
const GENERIC_NAME = new RegExp(`^(.*?)(?:${GENERIC_NOUN})$`, "u");

// The words a catch-all is made of: who demands it, that it is required, that it is "other" or
// "related". A name made only of these and a generic noun names nothing.
const GENERIC_WORDS = [
  "法律法规规章",
  "行政法规",
  "地方性法规",
  "法律法规",
  "法律",
  "法规",
  "规章",
  "国家",
  "上级",
  "有关部门",
  "相关部门",
  "审批机关",
  "审批部门",
  "行政机关",
  "许可机关",
  "受理机关",
  "受理部门",
  "主管部门",
  "登记机关",
  "发证机关",
  "窗口",
  "工作人员",
  "认为",
  "规定",
  "要求",
  "需要",
  "必要",
  "必需",
  "所需",
  "需",
  "应当",
  "应该",
  "应",
  "必须",
  "可能",
  "可以",
  "能够",
  "提供",
  "提交",
  "出具",
  "补充",
  "补正",
  "另行",
  "另",
  "进一步",
  "依法",
  "按照",
  "按",
  "根据",
  "依据",
  "视",
  "实际",
  "具体",
  "情况",
  "涉及",
  "其他",
  "其它",
  "其余",
  "相关",
  "有关",
  "等",
  "各类",
  "各种",
  "申请事项",
  "本事项",
  "该事项",
  "此事项",
  "办理事项",
  "审批事项",
  "许可事项",
  "事项",
  // Not 审批/审核, 申请人, 本人: "审批文件", "申请人证件" are vague but may be what the law says.
  "申请",
  "办理",
  "证明",
  "符合",
  "条件",
  "的",
  "之",
  "与",
  "和",
  "及",
  "以及",
  "或",
  "或者",
  "本",
  "所",
];

/** True when `text` is a sequence of GENERIC_WORDS (empty text included). */
const onlyGeneric = (text: string): boolean => isSequenceOf(text, GENERIC_WORDS);

/** The text outside brackets (normalised text: every bracket is "(" or ")"); an unclosed bracket runs to the end. */
function outsideBrackets(text: string): string {
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** The name as analysed, from its normalised key: without bracketed notes, list numbering or punctuation. */
function analysed(key: string): string {
  // Notes in brackets ("（如有）", "（复印件）", "（七）") don't make a catch-all specific.
  return outsideBrackets(key)
    .replace(/^(?:[0-9]+|[一二三四五六七八九十]+)[.、:]/u, "")
    .replace(/[、,;:：“”"'‘’《》<>.。]/gu, "");
}

const OTHER_OR_RELATED = new RegExp(`${OTHER}|${RELATED}`, "u");

// The verdict depends on the normalised name alone, and names repeat across a catalog.
const verdicts = textMemo<boolean>();

/** Whether a normalised name (matchKey) is a catch-all. */
function isCatchAll(key: string): boolean {
  return verdicts.get(key, judge);
}

function judge(key: string): boolean {
  // Traditional forms (其他證明材料, 相關資料) read as the simplified words they are.
  const text = analysed(toSimplified(key));
  if (text === "") return false;
  if (OTHER_TAIL.test(text) || ETC_TAIL.test(text)) return true;
  const generic = GENERIC_NAME.exec(text);
  if (generic && onlyGeneric(generic[1])) return true;
  // "其他", "相关" on their own.
  return onlyGeneric(text) && OTHER_OR_RELATED.test(text);
}

/** A material must be named, never a catch-all (不得设兜底条款). */
export default defineRule({
  id: "materials-vague",
  title: { en: "Catch-all material", "zh-CN": "申请材料含兜底表述" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A material is a catch-all (其他材料, 相关材料…).",
    "zh-CN": "申请材料含兜底条款（其他材料、相关材料等）。",
  },
  policy: "不得设兜底条款",
  messages: {
    catchAll: {
      en: 'Material "{{name}}" is a catch-all that names no document: list each document the applicant must hand in by its own name, or remove this entry.',
      "zh-CN": "申请材料“{{name}}”属于兜底条款，未写明具体材料；请逐项列明申请人须提交的材料名称，或删除该项。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    const capped = cappedReport(report, "more");
    for (const { index, name, key } of namedMaterials(item)) {
      if (!isCatchAll(key)) continue;
      capped.report({ messageId: "catchAll", path: ["materials", index, "name"], data: { name } });
    }
    capped.flush();
  },
});
