// What exports write for an enumeration's values: the Chinese label the schema gives each value
// (src/i18n/enum-labels.ts, the same names as the schema's enumDescriptions) and the synonyms
// clerks type, each mapped to the value's id. Only words that mean one value and nothing else:
// 天 / 日 could be working or natural days, 原件或复印件 is neither value, so they are not here.
import { ENUM_LABELS } from "../i18n/enum-labels.js";
import { trimTrailing } from "../text/normalize.js";

const SYNONYMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  level: {
    national: ["国家", "中央", "中央级", "国家层级"],
    province: ["省", "省本级", "省级部门", "自治区级", "直辖市级"],
    city: ["市", "地市级", "设区的市级", "设区市级", "市州级", "州级", "地级"],
    county: ["县", "区县级", "县区级", "区级", "县(市、区)级", "县(市区)级", "县市区级"],
    township: ["乡镇", "乡镇级", "街道", "街道级", "乡镇(街道)", "乡(镇、街道)级"],
    village: ["村", "村级", "社区", "社区级", "村(社区)", "村(居)级"],
  },
  subjects: {
    "natural-person": ["个人", "公民", "自然人个人"],
    "legal-person": ["企业法人", "企业", "事业单位法人", "机关法人", "社会团体法人", "法人单位"],
    "other-organization": ["其他组织", "非法人单位"],
  },
  unit: {
    "working-day": ["个工作日", "工作天"],
    "natural-day": ["个自然日"],
    hour: ["个小时", "时"],
    minute: ["分"],
  },
  processing: { immediate: ["即办", "即时办结"], commitment: ["承诺", "承诺办结"] },
  onlineDepth: { "1": ["一级"], "2": ["二级"], "3": ["三级"], "4": ["四级", "全程网办"] },
  form: { original: ["原件材料"], copy: ["复印", "影印件", "复印件材料"], "original-and-copy": ["原件及复印件", "原件、复印件", "原件和复印"] },
  media: {
    paper: ["纸质版", "纸质材料", "纸件"],
    electronic: ["电子版", "电子文档", "电子材料"],
    "paper-or-electronic": ["纸质或电子版", "纸质/电子", "纸质或电子材料"],
  },
  necessity: { required: ["必须", "必需", "必交", "必要材料"], optional: ["非必须", "非必需", "选交", "可选", "非必要材料"], deferrable: ["容缺", "容缺受理"] },
  source: {
    applicant: ["申请人", "自备", "申请人提供", "申请人自行准备"],
    government: ["政府部门", "部门核发", "政府部门出具"],
    intermediary: ["中介机构", "中介", "中介出具"],
  },
};

// The invisible and width differences an export adds: NBSP, zero-width spaces, full-width brackets.
const INVISIBLE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/gu;

/** The form a written value is looked up by: NFKC (full-width folded), no spaces, no trailing 。；. */
function lookupKey(text: string): string {
  // trimTrailing, not /[。；]+$/: that regex is quadratic on a long run of 。 not at the end.
  return trimTrailing(text.normalize("NFKC").replace(INVISIBLE, ""), /[。;；.]/u).toLowerCase();
}

// No label or synonym is longer: a longer text is no enum value, and is not normalised to find out.
const MAX_LABEL_LENGTH = 40;

let tables: Map<string, Map<string, string>> | undefined;

function table(kind: string): Map<string, string> | undefined {
  if (!tables) {
    tables = new Map();
    for (const [name, labels] of Object.entries(ENUM_LABELS)) {
      const entries = new Map<string, string>();
      const add = (word: string, id: string) => {
        const key = lookupKey(word);
        if (!entries.has(key)) entries.set(key, id);
      };
      for (const [id, label] of Object.entries(labels)) {
        add(id, id);
        add(id.replaceAll("-", " "), id);
        add(label["zh-CN"], id);
        add(label.en, id);
      }
      for (const [id, words] of Object.entries(SYNONYMS[name] ?? {})) for (const word of words) add(word, id);
      tables.set(name, entries);
    }
  }
  return tables.get(kind);
}

/** The id a written label or synonym of the enumeration `kind` stands for, if exactly known. */
export function enumIdOf(kind: string, written: string): string | undefined {
  return written.length > MAX_LABEL_LENGTH ? undefined : table(kind)?.get(lookupKey(written));
}
