import rule from "../../src/rules/item/legal-basis-citation.js";
import { itemWith, testRule } from "../support/rule-tester.js";

const withBasis = (...legalBasis: unknown[]) => itemWith({ legalBasis });

testRule(rule, {
  valid: [
    { name: "the base item: named laws with 第…条", item: itemWith({}) },
    // A normative document has numbered parts, not articles: citing the part is specific.
    ...["二、（一）", "二、(一)", "第二部分第（一）项", "第三部分", "三、", "二、（一）3.", "第2部分"].map((article) => ({
      name: `a notice cited by its numbered part: ${article}`,
      item: withBasis({ law: "国务院办公厅关于印发全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案的通知", article }),
    })),
    {
      name: "a decision with its 文号 in brackets, cited by its part",
      item: withBasis({ law: "国务院关于加快推进“互联网+政务服务”工作的指导意见（国发〔2016〕55号）", article: "二、（三）" }),
    },
    { name: "Arabic numerals with 款", item: withBasis({ law: "食品经营许可管理办法", article: "第4条第1款" }) },
    {
      name: "article with 款 and 项 in brackets",
      item: withBasis({ law: "中华人民共和国食品安全法", article: "第三十五条第一款第（二）项" }),
    },
    { name: "several articles listed", item: withBasis({ law: "中华人民共和国食品安全法", article: "第三十五条、第三十六条" }) },
    { name: "an article range", item: withBasis({ law: "中华人民共和国食品安全法", article: "第3至5条" }) },
    { name: "full-width digits and trailing 。", item: withBasis({ law: "中华人民共和国食品安全法", article: "第３５条。" }) },
    {
      name: "a title that contains 等 and 有关-like words: a real State Council decision",
      item: withBasis({ law: "国务院关于取消和下放一批行政审批项目等事项的决定", article: "附件第12项" }),
    },
    {
      name: "a title ending in 规定 that names its subject",
      item: withBasis({ law: "最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定", article: "第一条" }),
    },
    { name: "a title containing 有关", item: withBasis({ law: "关于有关问题的通知", article: "第三点" }) },
    { name: "a 规定 named by its subject", item: withBasis({ law: "建设工程消防设计审查验收管理暂行规定", article: "第二条" }) },
    { name: "a title in 《》", item: withBasis({ law: "《中华人民共和国行政许可法》", article: "第十二条" }) },
    {
      name: "相关 describing the article itself, without a conjunction",
      item: withBasis({ law: "中华人民共和国食品安全法", article: "第三十五条有关食品经营许可的规定" }),
    },
    { name: "a non-text title is the schema's finding", item: withBasis({ law: 42, article: "第一条" }) },
    { name: "no legal basis at all is the schema's finding", item: itemWith({ legalBasis: undefined }) },
    { name: "an empty legal basis is the schema's finding", item: itemWith({ legalBasis: [] }) },
    { name: "a legal basis that is not a list", item: itemWith({ legalBasis: "中华人民共和国食品安全法" }) },
  ],
  invalid: [
    {
      name: "相关法律法规",
      item: withBasis({ law: "相关法律法规", article: "第三条" }),
      errors: [{ messageId: "catchAllLaw", path: ["legalBasis", 0, "law"] }],
    },
    {
      name: "catch-all titles of every kind",
      item: withBasis(
        { law: "有关法律法规", article: "第一条" },
        { law: "有关规定", article: "第一条" },
        { law: "相关规定", article: "第一条" },
        { law: "国家有关规定", article: "第一条" },
        { law: "法律法规规定", article: "第一条" },
        { law: "相关政策", article: "第一条" },
        { law: "上级文件", article: "第一条" },
        { law: "《国家和省有关法律、法规及政策规定》", article: "第一条" },
        { law: "中华人民共和国有关法律", article: "第一条" },
        { law: "县人民政府相关文件精神", article: "第一条" },
      ),
      errors: Array.from({ length: 10 }, (_, i) => ({ messageId: "catchAllLaw", path: ["legalBasis", i, "law"] })),
    },
    {
      name: "law missing, blank, null or 无",
      item: withBasis({ article: "第一条" }, { law: "  ", article: "第一条" }, { law: null, article: "第一条" }, { law: "无", article: "第一条" }),
      errors: [0, 1, 2, 3].map((i) => ({ messageId: "missingLaw", path: ["legalBasis", i, "law"] })),
    },
    {
      name: "article missing: on the basis entry; written but blank: on the article",
      item: withBasis({ law: "中华人民共和国食品安全法" }, { law: "食品经营许可管理办法", article: "" }),
      errors: [
        { messageId: "missingArticle", path: ["legalBasis", 0] },
        { messageId: "missingArticle", path: ["legalBasis", 1, "article"] },
      ],
    },
    {
      name: "catch-all articles",
      item: withBasis(
        { law: "中华人民共和国食品安全法", article: "相关条款" },
        { law: "中华人民共和国食品安全法", article: "有关条款" },
        { law: "中华人民共和国食品安全法", article: "全文" },
        { law: "中华人民共和国食品安全法", article: "第三十五条等" },
        { law: "中华人民共和国食品安全法", article: "第三十五条及相关条款" },
        { law: "中华人民共和国食品安全法", article: "第四章" },
      ),
      errors: Array.from({ length: 6 }, (_, i) => ({ messageId: "vagueArticle", path: ["legalBasis", i, "article"] })),
    },
    {
      name: "numbered parts do not cite a law or a regulation, which have articles; nor does a widened part",
      item: withBasis(
        { law: "中华人民共和国食品安全法", article: "二、（一）" },
        { law: "食品经营许可管理办法", article: "第二部分" },
        { law: "国务院办公厅关于印发全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案的通知", article: "二、及相关内容" },
        { law: "国务院办公厅关于印发全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案的通知", article: "有关部分" },
      ),
      errors: Array.from({ length: 4 }, (_, i) => ({ messageId: "vagueArticle", path: ["legalBasis", i, "article"] })),
    },
    {
      name: "placeholders are no title and no article (无, 待补充, 详见附件)",
      item: withBasis(
        { law: "待补充", article: "第一条" },
        { law: "中华人民共和国食品安全法", article: "详见附件" },
        { law: "食品经营许可管理办法", article: "/" },
      ),
      errors: [
        { messageId: "missingLaw", path: ["legalBasis", 0, "law"] },
        { messageId: "missingArticle", path: ["legalBasis", 1, "article"] },
        { messageId: "missingArticle", path: ["legalBasis", 2, "article"] },
      ],
    },
    {
      name: "a catch-all title without an article: one finding; a clean basis left alone",
      item: withBasis({ law: "中华人民共和国食品安全法", article: "第三十五条" }, { law: "相关法律法规" }),
      errors: [{ messageId: "catchAllLaw", path: ["legalBasis", 1, "law"] }],
    },
    {
      name: "inline YAML: a catch-all title is one finding, its vague article not a second",
      item: `
legalBasis:
  - law: 有关规定
    article: 全文
`,
      errors: [{ messageId: "catchAllLaw", path: ["legalBasis", 0, "law"] }],
    },
  ],
});
