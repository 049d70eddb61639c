// The national code dictionaries (platform-data.md §3) and the labels seen beside them, as
// lookup tables: a cell holds a code (`01` or `1`), a label, or several of either (`2,3,4,6`).
// A platform's own codes are its preset's (presets.ts); a mapping file adds its own (mapping.ts).

/** Code or label → the value guidelint writes. */
export type Dictionary = Readonly<Record<string, string>>;

const TYPE: Dictionary = {
  "1": "administrative-license",
  行政许可: "administrative-license",
  "5": "administrative-payment",
  行政给付: "administrative-payment",
  "7": "administrative-confirmation",
  行政确认: "administrative-confirmation",
  "8": "administrative-reward",
  行政奖励: "administrative-reward",
  "9": "administrative-adjudication",
  行政裁决: "administrative-adjudication",
  "10": "other-administrative-power",
  其他行政权力: "other-administrative-power",
  "20": "public-service",
  公共服务: "public-service",
  行政备案: "administrative-filing",
};

const LEVEL: Dictionary = {
  "1": "national",
  国家级: "national",
  "2": "province",
  省级: "province",
  "3": "city",
  市级: "city",
  "4": "county",
  县级: "county",
  "5": "township",
  镇级: "township",
  "镇(乡、街道)级": "township",
  "6": "village",
  村级: "village",
  "村(社区)级": "village",
};

const SUBJECT: Dictionary = {
  "1": "natural-person",
  自然人: "natural-person",
  个人: "natural-person",
  "2": "legal-person",
  "3": "legal-person",
  "4": "legal-person",
  "6": "legal-person",
  企业法人: "legal-person",
  事业法人: "legal-person",
  社会组织法人: "legal-person",
  行政机关: "legal-person",
  法人: "legal-person",
  企业: "legal-person",
  单位: "legal-person",
  "5": "other-organization",
  "9": "other-organization",
  非法人企业: "other-organization",
  其他组织: "other-organization",
};

const TIME_UNIT: Dictionary = { "1": "working-day", 工作日: "working-day", "2": "natural-day", 自然日: "natural-day" };

const PROCESSING: Dictionary = { "1": "immediate", 即办件: "immediate", "2": "commitment", 承诺件: "commitment" };

const FORM: Dictionary = {
  "1": "original",
  原件: "original",
  "2": "copy",
  复印件: "copy",
  "3": "original-and-copy",
  原件和复印件: "original-and-copy",
  原件或复印件: "original-and-copy",
};

const MEDIA: Dictionary = {
  "1": "paper",
  纸质: "paper",
  "2": "electronic",
  电子: "electronic",
  电子化: "electronic",
  "3": "paper-or-electronic",
  "纸质/电子": "paper-or-electronic",
  "纸质/电子化": "paper-or-electronic",
};

const NECESSITY: Dictionary = {
  "1": "required",
  必要: "required",
  是: "required",
  "2": "optional",
  非必要: "optional",
  否: "optional",
  "3": "deferrable",
  容缺后补: "deferrable",
  容缺: "deferrable",
};

const SOURCE: Dictionary = {
  "10": "applicant",
  申请人自备: "applicant",
  "20": "government",
  政府部门核发: "government",
  "30": "intermediary",
  中介机构出具: "intermediary",
  "99": "other",
  其他: "other",
};

const YES_NO: Dictionary = { "0": "false", 否: "false", 不收费: "false", "1": "true", 是: "true", 收费: "true" };

// 网上办理深度 codes → guidelint's depth 1–4 (§4 default; the highest code wins).
const DEPTH: Dictionary = { "1": "1", "2": "2", "6": "2", "7": "2", "3": "3", "4": "3", "5": "4" };

const DICTIONARIES = {
  type: TYPE,
  level: LEVEL,
  subjects: SUBJECT,
  timeUnit: TIME_UNIT,
  processing: PROCESSING,
  form: FORM,
  media: MEDIA,
  necessity: NECESSITY,
  source: SOURCE,
  yesNo: YES_NO,
  onlineDepth: DEPTH,
};
export type DictionaryName = keyof typeof DICTIONARIES;

// 行政处罚, 行政强制, 行政征收, 行政检查 are not items one applies for (§3): they have no service guide.
const NOT_ON_APPLICATION = new Set(["2", "3", "4", "6", "1B", "1C", "1D", "1I", "行政处罚", "行政强制", "行政征收", "行政检查"]);

export function isNotOnApplication(typeCell: string): boolean {
  const key = typeCell.normalize("NFKC").trim();
  return NOT_ON_APPLICATION.has(/^0+\d/.test(key) ? key.replace(/^0+/, "") : key);
}

// 事项状态 / 实施状态: 2 挂起 (suspended) and 3 取消 (cancelled) are no longer offered.
const WITHDRAWN = new Set(["2", "3", "挂起", "取消"]);

export function isWithdrawn(stateCell: string): boolean {
  return WITHDRAWN.has(stateCell.normalize("NFKC").trim());
}

/** Whole-cell placeholders that mean "nothing here" (§5). */
const PLACEHOLDERS = new Set(["", "无", "暂无", "待补充", "/", "-", "—"]);

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(text.normalize("NFKC").trim());
}

/**
 * A code's dictionary value: leading zeros dropped (`01` = `1`), NFKC labels; undefined when
 * unknown. `override` (a preset's or a mapping file's codes for the field) is looked in first.
 */
export function lookUp(name: DictionaryName, text: string, override?: Dictionary): string | undefined {
  const key = text.normalize("NFKC").trim();
  const bare = /^0+\d/.test(key) ? key.replace(/^0+/, "") : key;
  return (override && entryOf(override, key, bare)) ?? entryOf(DICTIONARIES[name], key, bare);
}

function entryOf(dictionary: Dictionary, key: string, bare: string): string | undefined {
  return Object.hasOwn(dictionary, key) ? dictionary[key] : Object.hasOwn(dictionary, bare) ? dictionary[bare] : undefined;
}

/** A multi-valued cell's parts (§5: split on `,，、;；/`). */
export function splitValues(text: string): string[] {
  return text
    .split(/[,，、;；/]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
