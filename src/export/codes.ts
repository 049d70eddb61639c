// guidelint's enum values → the national codes of platform-data.md §3 and their labels: the
// inverse of src/import/dictionaries.ts, so that each code and label written here is one the
// importer reads back to the same value (a test holds the two tables together).

/** Codes (`01`, `2,3`) for the national upload; labels (行政许可) for a clerk's table. */
export type CodeStyle = "codes" | "labels";

type CodeTable = Record<string, readonly [code: string, label: string]>;

const TYPE: CodeTable = {
  "administrative-license": ["01", "行政许可"],
  "administrative-payment": ["05", "行政给付"],
  "administrative-confirmation": ["07", "行政确认"],
  "administrative-reward": ["08", "行政奖励"],
  "administrative-adjudication": ["09", "行政裁决"],
  "other-administrative-power": ["10", "其他行政权力"],
  "public-service": ["20", "公共服务"],
  // 行政备案 has no national code (§3): its label in either style.
  "administrative-filing": ["行政备案", "行政备案"],
};

// 镇级 / 村级, not 镇（乡、街道）级: the importer splits a cell on 、 and would read three values.
const LEVEL: CodeTable = {
  national: ["1", "国家级"],
  province: ["2", "省级"],
  city: ["3", "市级"],
  county: ["4", "县级"],
  township: ["5", "镇级"],
  village: ["6", "村级"],
};

// guidelint's three subjects are coarser than 服务对象: a legal person is written as 企业法人 (2),
// the one code each value reads back from.
const SUBJECT: CodeTable = {
  "natural-person": ["1", "自然人"],
  "legal-person": ["2", "企业法人"],
  "other-organization": ["9", "其他组织"],
};

const TIME_UNIT: CodeTable = { "working-day": ["1", "工作日"], "natural-day": ["2", "自然日"] };

const PROCESSING: CodeTable = { immediate: ["1", "即办件"], commitment: ["2", "承诺件"] };

const FORM: CodeTable = { original: ["1", "原件"], copy: ["2", "复印件"], "original-and-copy": ["3", "原件和复印件"] };

const MEDIA: CodeTable = { paper: ["1", "纸质"], electronic: ["2", "电子"], "paper-or-electronic": ["3", "纸质/电子"] };

const NECESSITY: CodeTable = { required: ["1", "必要"], optional: ["2", "非必要"], deferrable: ["3", "容缺后补"] };

const SOURCE: CodeTable = {
  applicant: ["10", "申请人自备"],
  government: ["20", "政府部门核发"],
  intermediary: ["30", "中介机构出具"],
  other: ["99", "其他"],
};

const YES_NO: CodeTable = { true: ["1", "是"], false: ["0", "否"] };

const TABLES = {
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
};
export type CodeTableName = keyof typeof TABLES;

/** The code or label of a value; a value with none (not in the schema's enum) is written as found. */
export function encode(table: CodeTableName, value: unknown, style: CodeStyle): string | undefined {
  if (value === undefined || value === null) return undefined;
  const key = String(value);
  const entry = Object.hasOwn(TABLES[table], key) ? TABLES[table][key] : undefined;
  return entry ? entry[style === "codes" ? 0 : 1] : key;
}

/** Every value of a table with its code and label (for the tests that hold export and import together). */
export function codeEntries(table: CodeTableName): [value: string, code: string, label: string][] {
  return Object.entries(TABLES[table]).map(([value, [code, label]]) => [value, code, label]);
}

// guidelint's depth 1–4 → 网上办理深度: 1 互联网咨询, 2 互联网收件, 3 互联网预审, 5 互联网办理 —
// each the code the importer's default reads back to that depth. Codes in either style: the
// importer knows no depth labels.
const DEPTH: Record<number, string> = { 1: "1", 2: "2", 3: "3", 4: "5" };

export function depthCode(depth: unknown): string | undefined {
  if (depth === undefined || depth === null) return undefined;
  return typeof depth === "number" && Object.hasOwn(DEPTH, depth) ? DEPTH[depth] : String(depth);
}
