import { normalizeText } from "../../text/normalize.js";
import { isSequenceOf } from "../../text/word-sequence.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// A catch-all condition (兜底条款: 法律法规规定的其他条件, 其他应当具备的条件) lets the office refuse
// on grounds no guide states, as a catch-all material lets it ask for anything; hence the same
// rule for 受理条件 as for 申请材料: every condition stated, none "other".
//
// A condition is a catch-all when it ends in 其他/其它/其余 + generic words + 条件/情形/要求
// ("…，以及法律法规规定的其他条件"), or when it is nothing but generic words and such a noun
// ("符合法律法规规定的条件", "具备相关条件"): it says a condition exists but not which. Listing
// specifics before 等条件 ("具备与经营规模相适应的场所、设备等条件") is a summary, not a catch-all.

const NOUN = "条件|情形|要求|资格";
const OTHER = "其他|其它|其余";
// Words that say who demands a condition and that it must be met, but not what it is.
const GENERIC_WORDS = [
  "法律法规规章",
  "法律、法规、规章",
  "法律法规",
  "行政法规",
  "地方性法规",
  "法律",
  "法规",
  "规章",
  "规范性文件",
  "国家",
  "省",
  "上级",
  "有关部门",
  "相关部门",
  "主管部门",
  "审批机关",
  "行政机关",
  "规定",
  "要求",
  "应当",
  "应",
  "必须",
  "需要",
  "需",
  "具备",
  "具有",
  "满足",
  "符合",
  "达到",
  "必要",
  "所需",
  "相应",
  "依法",
  "按照",
  "根据",
  "申请人",
  "本事项",
  "该事项",
  "办理",
  "申请",
  "相关",
  "有关",
  "其他",
  "其它",
  "其余",
  "的",
  "之",
  "和",
  "与",
  "及",
  "以及",
  "或",
  "或者",
  "、",
  ",",
];

/** True when `text` is a sequence of GENERIC_WORDS (empty text included). */
const onlyGeneric = (text: string): boolean => isSequenceOf(text, GENERIC_WORDS);

const OTHER_TAIL = new RegExp(`(?:${OTHER})((?:(?!${OTHER}).)*?)(?:${NOUN})$`, "u");
const GENERIC_NOUN = new RegExp(`^(.*?)(?:${NOUN})$`, "u");
const NUMBERING = /^(?:\(?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\)|(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、:])/u;

/** Whether a condition's text is a catch-all. */
function isCatchAllCondition(text: string): boolean {
  const key = normalizeText(text)
    .replace(NUMBERING, "")
    .replace(/[。；;:：]/gu, "");
  if (key === "") return false;
  const other = OTHER_TAIL.exec(key);
  if (other && onlyGeneric(other[1])) return true;
  const generic = GENERIC_NOUN.exec(key);
  return generic !== null && onlyGeneric(generic[1]);
}

/** A condition of acceptance must be stated, never a catch-all (不得设兜底条款). */
export default defineRule({
  id: "conditions-vague",
  title: { en: "Catch-all condition", "zh-CN": "受理条件含兜底表述" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A condition of acceptance is a catch-all (法律法规规定的其他条件…).",
    "zh-CN": "受理条件含兜底条款（法律法规规定的其他条件等）。",
  },
  policy: "受理条件不得设兜底条款",
  messages: {
    catchAll: {
      en: 'Condition "{{condition}}" is a catch-all that states no condition: write out each condition the applicant must meet, or remove this one.',
      "zh-CN": "受理条件“{{condition}}”属于兜底条款，未写明具体条件；请逐项列明申请人须满足的条件，或删除该项。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    if (!Array.isArray(item.conditions)) return;
    const capped = cappedReport(report, "more");
    item.conditions.forEach((condition, index) => {
      if (typeof condition === "string" && isCatchAllCondition(condition)) {
        capped.report({ messageId: "catchAll", path: ["conditions", index], data: { condition } });
      }
    });
    capped.flush();
  },
});
