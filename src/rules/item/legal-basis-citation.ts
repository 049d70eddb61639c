import { recordsOf } from "../access.js";
import { isSequenceOf } from "../../text/word-sequence.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";
import { CHINESE_NUMERALS, normalizeLawTitle } from "../../text/citation.js";
import { textMemo } from "../../text/memo.js";
import { isPlaceholderValue } from "../../text/placeholder.js";
import { trimTrailing } from "../../text/normalize.js";

// The implementation list's legal-basis element must name the instrument and the article the
// power rests on; a catch-all ("相关法律法规", "有关规定") cites nothing a citizen can look up,
// and is exactly what the 要素规范 clean-ups remove.
//
// A title is a catch-all when it is made only of generic words: who issued it in general terms
// (国家, 上级, 省), that it is "related" (相关, 有关, 其他), and a generic kind of instrument
// (法律法规, 规定, 政策, 文件). A real title always names its subject, so it contains some word
// outside that vocabulary: "国务院关于取消和下放一批行政审批项目等事项的决定" (关于, 取消…),
// "关于有关问题的通知" (关于, 问题, 通知), "建设工程消防设计审查验收管理暂行规定" (建设工程…).
const GENERIC_TITLE_WORDS = [
  // how a catch-all is introduced
  "按照",
  "依照",
  "依据",
  "根据",
  "遵照",
  "参照",
  "按",
  "依",
  "执行",
  // who, in general terms
  "国家",
  "中央",
  "国务院",
  "上级",
  "本级",
  "地方",
  "省",
  "市",
  "县",
  "区",
  "乡",
  "镇",
  "州",
  "自治区",
  "直辖市",
  "省级",
  "市级",
  "县级",
  "各级",
  "部门",
  "行业",
  "主管部门",
  "政府",
  "人民政府",
  "部委",
  // "related", "other", "current"
  "相关",
  "有关",
  "其他",
  "其它",
  "现行",
  "现有",
  "最新",
  "等",
  "等等",
  // generic kinds of instrument
  "法律",
  "法规",
  "规章",
  "行政法规",
  "地方性法规",
  "部门规章",
  "规范性文件",
  "文件",
  "规定",
  "政策",
  "制度",
  "办法",
  "条例",
  "决定",
  "通知",
  "意见",
  "要求",
  "精神",
  "标准",
  "条款",
  "法条",
  // glue
  "的",
  "之",
  "和",
  "与",
  "及",
  "以及",
  "或",
  "或者",
];

// Catch-alls are short phrases; the cap also bounds the segmentation below on pasted paragraphs.
const MAX_CATCH_ALL_LENGTH = 40;

/** True when the text is nothing but a sequence of generic words (empty text excluded). */
function onlyGenericWords(text: string): boolean {
  return text !== "" && text.length <= MAX_CATCH_ALL_LENGTH && isSequenceOf(text, GENERIC_TITLE_WORDS);
}

function titleKey(law: string): string {
  return normalizeLawTitle(law).replace(/[、,，;；:：“”"'‘’()]/gu, "");
}

// Placeholders for "nothing": the field is filled in but names nothing (无, 待补充, 详见附件, /…;
// placeholder-value leaves the legal basis's title and article to this rule).
const NOTHING = /^(?:无依据|n\/?a)$/iu;
const isNothing = (text: string) => NOTHING.test(text) || isPlaceholderValue(text);

// A catalog cites the same few hundred titles and articles in thousands of items: judge each text once.
const lawVerdicts = textMemo<"missingLaw" | "catchAllLaw" | undefined>();
const articleVerdicts = textMemo<"missingArticle" | "vagueArticle" | undefined>();

function lawProblem(value: unknown): "missingLaw" | "catchAllLaw" | undefined {
  if (value === undefined || value === null) return "missingLaw";
  // Any other non-text title is a type error, which the schema reports.
  if (typeof value !== "string") return undefined;
  return lawVerdicts.get(value, judgeLaw);
}

function judgeLaw(value: string): "missingLaw" | "catchAllLaw" | undefined {
  const title = titleKey(value);
  if (title === "" || isNothing(title) || isPlaceholderValue(value)) return "missingLaw";
  return onlyGenericWords(title) ? "catchAllLaw" : undefined;
}

// A specific provision: 第 + a number (Chinese or Arabic, possibly a list or range: 第三、五条,
// 第3至5条) + 条. Instruments that are not divided into articles are cited by their numbered
// items or points (国务院决定的附件第12项, an 通知's 第三点), so 项/点/款 count too.
const NUMERAL = `0-9${CHINESE_NUMERALS}`;
const SPECIFIC_PROVISION = new RegExp(`第[(\\s]*[${NUMERAL}][${NUMERAL}、,，和及至到\\-~\\s]*[)\\s]*[条项点款]`, "u");
// Words that widen a specific article into "and whatever else": 第十二条及相关条款, 第五条等.
// Without a conjunction, 相关/有关 describe the article itself (第三十五条有关许可的规定) and stay.
const OPEN_ENDED = /(?:及|和|与|以及|或|、|,|等)(?:其他|其它|相关|有关)|等$|等(?:条款|规定|内容|条文)$/u;

// A normative document (通知, 意见, 决定, 方案…) is divided into numbered parts and points, not
// articles, and is cited by them: 二、（一）, 第二部分第（一）项, 第三部分. That is as specific as
// an article, so it is a valid citation for such a document, though not for a law, a regulation
// or rules (法, 条例, 规定, 办法, 细则…), which have numbered articles.
const PART = `[${NUMERAL}]+`;
const NUMBERED_PART = new RegExp(`^(?:第${PART}(?:部分|点)|${PART}[、.])(?:\\(${PART}\\)|第\\(?${PART}\\)?(?:项|点|条|款))*(?:${PART}[.、]?)?`, "u");
// Titles of instruments with numbered articles; what follows the title in brackets (its 文号, 修订) is dropped first.
const ARTICLE_INSTRUMENT = /(?:法|条例|规定|办法|细则|规则|章程|规程|准则|标准|规范)$/u;

function isNormativeDocument(law: unknown): boolean {
  if (typeof law !== "string") return false;
  const title = withoutTrailingBrackets(normalizeLawTitle(law));
  return title !== "" && !ARTICLE_INSTRUMENT.test(title);
}

/** The title without what follows it in brackets (normalised: every bracket is "(" or ")"), nested 文号 brackets included. */
function withoutTrailingBrackets(title: string): string {
  let end = title.length;
  while (end > 0 && title[end - 1] === ")") {
    let depth = 0;
    let i = end - 1;
    for (; i >= 0; i--) {
      if (title[i] === ")") depth++;
      else if (title[i] === "(" && --depth === 0) break;
    }
    if (i < 0) break;
    end = i;
  }
  return title.slice(0, end);
}

function articleProblem(value: unknown, law: unknown): "missingArticle" | "vagueArticle" | undefined {
  if (value === undefined || value === null) return "missingArticle";
  if (typeof value !== "string") return undefined;
  const verdict = articleVerdicts.get(value, judgeArticle);
  if (verdict === "vagueArticle" && isNormativeDocument(law) && citesNumberedPart(value)) return undefined;
  return verdict;
}

function citesNumberedPart(value: string): boolean {
  const text = trimTrailing(value.normalize("NFKC").replace(/\s+/gu, ""), /[。；;，,]/u);
  const part = NUMBERED_PART.exec(text);
  // The whole citation is the part's number (nothing left that could widen it: 二、及相关内容).
  return part !== null && part[0].length === text.length;
}

function judgeArticle(value: string): "missingArticle" | "vagueArticle" | undefined {
  const text = trimTrailing(value.normalize("NFKC").trim(), /[\s。；;.，,、]/u);
  if (text === "" || isNothing(text)) return "missingArticle";
  return SPECIFIC_PROVISION.test(text) && !OPEN_ENDED.test(text) ? undefined : "vagueArticle";
}

/** Every legal basis names an instrument and an article, never a catch-all (法定依据). */
export default defineRule({
  id: "legal-basis-citation",
  title: { en: "Legal basis without instrument or article", "zh-CN": "法定依据未写明法规名称或条款" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A legal basis names no instrument or no article, or uses a catch-all such as 相关法律法规 / 有关规定.",
    "zh-CN": "法定依据未写明法律法规名称或具体条款，或使用“相关法律法规”“有关规定”等兜底表述。",
  },
  policy: "法定依据：须写明法律法规名称和具体条款，不得使用兜底表述",
  messages: {
    missingLaw: {
      en: "This legal basis names no instrument: write the full title of the law or regulation it rests on (e.g. 中华人民共和国食品安全法).",
      "zh-CN": "该法定依据未写明法律法规名称，请填写所依据的法律法规的完整名称（如“中华人民共和国食品安全法”）。",
    },
    catchAllLaw: {
      en: 'The legal basis "{{law}}" is a catch-all, not an instrument: name the specific law or regulation by its full title, and its article.',
      "zh-CN": "法定依据“{{law}}”属于兜底表述，未指明具体法律法规，请写明法律法规的完整名称及具体条款。",
    },
    missingArticle: {
      en: "This legal basis gives no article: add the article it rests on (e.g. 第三十五条, with 款/项 where needed).",
      "zh-CN": "该法定依据未写明具体条款，请补充所依据的条款（如“第三十五条”，必要时写明款、项）。",
    },
    vagueArticle: {
      en: 'The article "{{article}}" names no specific provision: cite the article number (第…条, with 款/项 where needed) instead of a catch-all such as 相关条款 or 全文.',
      "zh-CN": "条款“{{article}}”未指明具体条款，请写明第几条（必要时写明款、项），不得使用“相关条款”“全文”等兜底表述。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report: uncapped }) {
    const capped = cappedReport(uncapped, "more");
    const report = capped.report;
    for (const [basis, index] of recordsOf(item.legalBasis)) {
      const law = lawProblem(basis.law);
      if (law === "missingLaw") report({ messageId: law, path: ["legalBasis", index, "law"] });
      if (law === "catchAllLaw") {
        report({ messageId: law, path: ["legalBasis", index, "law"], data: { law: String(basis.law).trim() } });
        // A catch-all title cites no instrument, so its article cites nothing either: one finding.
        continue;
      }

      const article = articleProblem(basis.article, basis.law);
      // A missing article has no node of its own: the basis entry is where it goes; a blank one is written somewhere.
      if (article === "missingArticle") {
        const written = basis.article !== undefined && basis.article !== null;
        report({ messageId: article, path: written ? ["legalBasis", index, "article"] : ["legalBasis", index] });
      }
      if (article === "vagueArticle") {
        report({ messageId: article, path: ["legalBasis", index, "article"], data: { article: String(basis.article).trim() } });
      }
    }
    capped.flush();
  },
});
