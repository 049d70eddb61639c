// Misspellings seen in published guides, each with its one possible correction. A word goes in
// only when the misspelt form is no word of its own in any context a guide has: 户口薄 (簿 is
// the register), 攻务 (政务). Where a short form could start a real word (身份正确, 支付本金),
// the entry carries the neighbouring characters that make it certain, or excludes the ones that
// would make it a word.

export interface Typo {
  wrong: string;
  right: string;
  /** Characters after `wrong` that make it a real word (身份正 + 确). */
  notBefore?: string;
}

export const BUILT_IN_TYPOS: readonly Typo[] = [
  { wrong: "户口薄", right: "户口簿" },
  { wrong: "登记薄", right: "登记簿" },
  { wrong: "账薄", right: "账簿" },
  { wrong: "帐薄", right: "账簿" },
  { wrong: "身份正", right: "身份证", notBefore: "确常当义直式" },
  { wrong: "身分证", right: "身份证" },
  { wrong: "驾驶正", right: "驾驶证", notBefore: "确常当义直" },
  { wrong: "攻务", right: "政务" },
  { wrong: "营业执炤", right: "营业执照" },
  { wrong: "营业职照", right: "营业执照" },
  { wrong: "复印键", right: "复印件" },
  { wrong: "执照付本", right: "执照副本" },
  { wrong: "证书付本", right: "证书副本" },
  { wrong: "正付本", right: "正副本" },
  { wrong: "申清书", right: "申请书" },
  { wrong: "申清表", right: "申请表" },
  { wrong: "申清人", right: "申请人" },
  { wrong: "委拖书", right: "委托书" },
  { wrong: "委拖人", right: "委托人" },
  { wrong: "信用代玛", right: "信用代码" },
  { wrong: "医学证名", right: "医学证明" },
  { wrong: "户籍证名", right: "户籍证明" },
  { wrong: "记录证名", right: "记录证明" },
  { wrong: "关系证名", right: "关系证明" },
  { wrong: "证名材料", right: "证明材料" },
  { wrong: "工作曰", right: "工作日" },
  { wrong: "工做日", right: "工作日" },
  { wrong: "节假曰", right: "节假日" },
  { wrong: "节暇日", right: "节假日" },
  { wrong: "备按表", right: "备案表" },
  { wrong: "竣工验收备按", right: "竣工验收备案" },
  { wrong: "服务中新", right: "服务中心" },
  { wrong: "管里局", right: "管理局" },
  { wrong: "一式两分", right: "一式两份" },
  { wrong: "一式二分", right: "一式二份" },
  { wrong: "一式三分", right: "一式三份" },
  { wrong: "一式四分", right: "一式四份" },
];

/** One misspelling found in a text: where, what, and its correction. */
export interface TypoHit {
  offset: number;
  wrong: string;
  right: string;
}

/** The misspellings of `typos` in the text, left to right, not overlapping. */
export function findTypos(text: string, typos: readonly Typo[]): TypoHit[] {
  const hits: TypoHit[] = [];
  for (const typo of typos) {
    if (typo.wrong === "") continue;
    let from = 0;
    for (let at = text.indexOf(typo.wrong, from); at >= 0; at = text.indexOf(typo.wrong, from)) {
      from = at + typo.wrong.length;
      const next = text[from];
      if (typo.notBefore !== undefined && next !== undefined && typo.notBefore.includes(next)) continue;
      hits.push({ offset: at, wrong: typo.wrong, right: typo.right });
    }
  }
  hits.sort((a, b) => a.offset - b.offset || b.wrong.length - a.wrong.length);
  const kept: TypoHit[] = [];
  let end = 0;
  for (const hit of hits) {
    if (hit.offset < end) continue;
    kept.push(hit);
    end = hit.offset + hit.wrong.length;
  }
  return kept;
}

// Doubled administrative suffixes: 呈贡区区, 某某县县, 街道街道. A doubled one-character suffix is
// often two words (XX市 + 市场监督管理局, XX村 + 村民委员会, XX区 + 区域), so it is a typo only
// where the second character begins nothing: at the end of the text, before punctuation or a
// digit, or before the name of a body that never starts with the suffix (人民政府, 政务服务中心…).
const ONE_CHAR_SUFFIX = "省市县区镇乡";
const BODY_START = [
  "人民政府",
  "政务服务",
  "行政审批",
  "便民服务",
  "民政局",
  "人力资源",
  "公安局",
  "卫生健康",
  "自然资源",
  "住房和城乡",
  "交通运输",
  "教育局",
  "财政局",
  "税务局",
  "医疗保障",
  "司法局",
  "农业农村",
  "文化和旅游",
  "应急管理",
  "生态环境",
  "退役军人",
  "不动产",
];
// Two-character suffixes are never doubled in a real name, except 社区 before the kinds of body named for it.
const TWO_CHAR_DOUBLE = /(街道|社区|乡镇)\1(?!卫生|服务|矫正|戒毒|康复|居家|养老|医院|医疗)/gu;
const ONE_CHAR_DOUBLE = new RegExp(`(?<=[\\u4e00-\\u9fff])([${ONE_CHAR_SUFFIX}])\\1(?=$|[\\s\\p{P}0-9０-９]|${BODY_START.join("|")})`, "gu");

/** Doubled suffixes in the text: 呈贡区区 → 区. */
export function findDoubledSuffixes(text: string): TypoHit[] {
  const hits: TypoHit[] = [];
  for (const pattern of [TWO_CHAR_DOUBLE, ONE_CHAR_DOUBLE]) {
    for (const match of text.matchAll(pattern)) hits.push({ offset: match.index, wrong: match[0], right: match[1] });
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

/** The text with the hits replaced (hits sorted, not overlapping). */
export function corrected(text: string, hits: readonly TypoHit[]): string {
  let out = "";
  let at = 0;
  for (const hit of hits) {
    out += text.slice(at, hit.offset) + hit.right;
    at = hit.offset + hit.wrong.length;
  }
  return out + text.slice(at);
}
