// Presets: the header words of one platform's layout (platform-data.md §4, §6) and the codes in
// which that platform differs from the national dictionaries (§3). `auto`, the default, knows the
// words and codes of every preset, and the header row is the one that matches most of them.
import type { Dictionary } from "./dictionaries.js";
import type { ColumnField } from "./column-fields.js";

export const PRESET_NAMES = ["national", "guangxi", "zhejiang", "sichuan", "form"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Normalised header word → the field of its column. */
export type HeaderVocabulary = ReadonlyMap<string, ColumnField>;

/** A field's codes that extend or override its national dictionary: `type: { 1A: administrative-license }`. */
export type FieldDictionaries = Partial<Record<ColumnField, Dictionary>>;

interface Preset {
  headers: Partial<Record<ColumnField, readonly string[]>>;
  dictionaries?: FieldDictionaries;
}

/** The element names as Chinese headers: exchange tables, Excel lists, and the labels of a form. */
const CHINESE: Preset["headers"] = {
  name: ["事项名称", "实施清单名称", "业务办理项名称", "权力名称", "子项名称"],
  baseCode: ["基本编码", "事项编码", "目录编码", "权力编码"],
  code: ["实施编码", "事项实施编码", "实施清单编码"],
  type: ["事项类型", "权力类型", "职权类别", "审批类别"],
  level: ["行使层级", "所在层级", "层级"],
  region: ["行政区划", "区划代码", "所属区域"],
  department: ["实施主体", "实施机构", "办理部门", "行使部门"],
  subjects: ["服务对象", "面向对象", "申请人类型", "办理对象"],
  legalBasis: ["设定依据", "法律依据", "实施依据", "法定依据"],
  legal: ["法定办结时限", "法定时限", "法定期限"],
  legalUnit: ["法定办结时限单位", "法定办结期限单位", "法定时限单位"],
  legalNote: ["法定办结时限说明", "法定时限说明"],
  promised: ["承诺办结时限", "承诺时限", "承诺期限"],
  promisedUnit: ["承诺办结时限单位", "承诺办结期限单位", "承诺时限单位"],
  promisedNote: ["承诺办结时限说明", "承诺时限说明"],
  processing: ["办件类型", "办件类别"],
  runs: ["到办事现场次数", "到现场次数", "跑动次数", "最多跑次数"],
  onSiteReason: ["必须现场办理原因说明", "到现场原因", "现场办理原因"],
  onlineDepth: ["网上办理深度", "网办深度", "办理深度"],
  conditions: ["受理条件", "申请条件", "办理条件"],
  feeCharged: ["是否收费"],
  feeBasis: ["收费依据"],
  feeItems: ["收费项目及标准", "收费项目", "收费标准"],
  place: ["办理地点", "受理地点", "窗口地址"],
  street: ["详细地址"],
  hours: ["办理时间", "受理时间", "办公时间"],
  phone: ["咨询电话", "咨询方式"],
  complaintPhone: ["投诉电话", "监督投诉方式"],
  state: ["事项状态", "实施状态"],
  version: ["事项版本", "版本号"],
  "material.name": ["材料名称", "申请材料", "申报材料"],
  "material.form": ["材料类型", "材料要求"],
  "material.media": ["材料形式"],
  "material.copies": ["份数", "纸质材料份数"],
  "material.necessity": ["必要性", "是否必须", "是否必要", "材料必要性"],
  "material.source": ["来源渠道", "材料来源", "出具单位"],
  "material.eLicense": ["是否免提交", "可通过电子证照获取"],
};

/** The national exchange tables' column names (`up_task_general_*`); Guangxi writes them lower_snake. */
const EXCHANGE_CODES: Preset["headers"] = {
  name: ["TASK_NAME"],
  baseCode: ["CATALOG_CODE"],
  code: ["TASK_CODE"],
  type: ["TASK_TYPE"],
  level: ["USE_LEVEL", "STR_LEVEL"],
  region: ["REGNCODE"],
  department: ["DEPT_NAME"],
  subjects: ["SERVER_TYPE"],
  legalBasis: ["BY_LAW"],
  legal: ["ANTICIPATE_DAY"],
  legalUnit: ["ANTICIPATE_TYPE"],
  legalNote: ["ANTICIPATE_EXPLAIN"],
  promised: ["PROMISE_DAY"],
  promisedUnit: ["PROMISE_TYPE"],
  promisedNote: ["PROMISE_EXPLAIN"],
  processing: ["PROJECT_TYPE"],
  runs: ["LIMIT_SCENE_NUM"],
  onSiteReason: ["LIMIT_SCENE_EXPLAIN"],
  onlineDepth: ["ONLINE_HANDLE_DEPTH"],
  conditions: ["ACCEPT_CONDITION"],
  feeCharged: ["IS_FEE"],
  place: ["TRANSACT_ADDR"],
  hours: ["TRANSACT_TIME"],
  phone: ["LINK_WAY", "CONSULT_PHONE"],
  complaintPhone: ["SUPERVISE_WAY", "COMPLAIN_PHONE"],
  "material.name": ["MATERIAL_NAME"],
  "material.form": ["MATERIAL_TYPE"],
  "material.media": ["MATERIAL_FORMAT"],
  "material.copies": ["PAGE_NUM"],
  "material.necessity": ["IS_NEED"],
  "material.source": ["SOURCE_TYPE"],
};

/** Guangxi's own keys beside the lower_snake national names (`AUDIT_ITEM`, `AUDIT_ITEM_EXTEND`). */
const GUANGXI_KEYS: Preset["headers"] = {
  region: ["areacode"],
  subjects: ["serve_type"],
  legalNote: ["anticipate_day_explain"],
  promisedNote: ["promise_day_explain"],
  onlineDepth: ["wsblsd"],
};

/** Zhejiang 权力事项库: `matterInfo`, `materialInfos[]`, `addressInfo[]`. */
const ZHEJIANG_KEYS: Preset["headers"] = {
  name: ["matName"],
  baseCode: ["matCode"],
  code: ["impleCode"],
  region: ["jurisCode"],
  department: ["entityName"],
  legalBasis: ["matSettingBasis"],
  legal: ["statutoryDeadline"],
  legalUnit: ["statutoryDeadlineUnit"],
  place: ["address"],
  hours: ["acceptTimeDesc"],
  phone: ["consultMethod"],
  complaintPhone: ["superviseMethod"],
  "material.name": ["materialName"],
  "material.media": ["materialForm"],
  "material.copies": ["paperMaterialNums"],
  "material.necessity": ["isNeed"],
  "material.source": ["materialSource"],
};

/** 天府通办's list API (`powerDutyList/getThImplement`). */
const SICHUAN_KEYS: Preset["headers"] = {
  name: ["eventName"],
  department: ["performDeptName"],
  region: ["areaCode"],
};

// Sichuan's portal types items 1A…1Z (§3); 1B, 1C, 1D and 1I (处罚, 强制, 征收, 检查) are skipped as
// not applied for, whatever the preset.
const SICHUAN_TYPES: Dictionary = {
  "1A": "administrative-license",
  "1E": "administrative-adjudication",
  "1F": "administrative-confirmation",
  "1G": "administrative-payment",
  "1H": "administrative-reward",
  "1Z": "other-administrative-power",
};

const PRESETS: Record<PresetName, readonly Preset[]> = {
  national: [{ headers: CHINESE }, { headers: EXCHANGE_CODES }],
  guangxi: [{ headers: EXCHANGE_CODES }, { headers: GUANGXI_KEYS }],
  zhejiang: [{ headers: ZHEJIANG_KEYS }],
  sichuan: [{ headers: CHINESE }, { headers: SICHUAN_KEYS, dictionaries: { type: SICHUAN_TYPES } }],
  form: [{ headers: CHINESE }],
};

function partsOf(preset: PresetName | "auto"): readonly Preset[] {
  return preset === "auto" ? PRESET_NAMES.flatMap((name) => PRESETS[name]) : PRESETS[preset];
}

const vocabularies = new Map<string, HeaderVocabulary>();

/** A preset's header words, normalised as headers are (case folded: `task_code` is `TASK_CODE`). */
export function vocabularyOf(preset: PresetName | "auto"): HeaderVocabulary {
  let vocabulary = vocabularies.get(preset);
  if (!vocabulary) {
    const map = new Map<string, ColumnField>();
    for (const part of partsOf(preset)) {
      for (const [field, words] of Object.entries(part.headers) as [ColumnField, string[]][]) {
        for (const word of words) if (!map.has(word.toLowerCase())) map.set(word.toLowerCase(), field);
      }
    }
    vocabulary = map;
    vocabularies.set(preset, vocabulary);
  }
  return vocabulary;
}

/** A preset's dictionary overrides by field (`auto`: every preset's). */
export function presetDictionaries(preset: PresetName | "auto"): FieldDictionaries {
  const merged: FieldDictionaries = {};
  for (const part of partsOf(preset)) {
    for (const [field, codes] of Object.entries(part.dictionaries ?? {}) as [ColumnField, Dictionary][]) {
      merged[field] = { ...codes, ...merged[field] };
    }
  }
  return merged;
}
