import type { JsonPath } from "../vocabulary.js";
import type { LocalizedText } from "./localized.js";

// Field names as a maintainer knows them. The schema's `title`s are the same Chinese names
// (a test checks), so the editor's hover help and our messages never disagree.
// Keys are paths with list indices written as `*`.
export const FIELD_LABELS: Record<string, LocalizedText> = {
  code: { en: "implementation code", "zh-CN": "实施编码" },
  baseCode: { en: "basic code", "zh-CN": "基本编码" },
  handleCode: { en: "handling-item code", "zh-CN": "业务办理项编码" },
  name: { en: "item name", "zh-CN": "事项名称" },
  type: { en: "item type", "zh-CN": "事项类型" },
  level: { en: "level", "zh-CN": "行使层级" },
  region: { en: "region code", "zh-CN": "行政区划代码" },
  department: { en: "implementing body", "zh-CN": "实施主体" },
  subjects: { en: "service objects", "zh-CN": "服务对象" },
  "subjects.*": { en: "service object", "zh-CN": "服务对象" },
  legalBasis: { en: "legal basis", "zh-CN": "法定依据" },
  "legalBasis.*": { en: "legal basis", "zh-CN": "法定依据" },
  "legalBasis.*.law": { en: "instrument title", "zh-CN": "法律法规名称" },
  "legalBasis.*.article": { en: "article", "zh-CN": "条款" },
  "legalBasis.*.text": { en: "quoted text", "zh-CN": "条文内容" },
  timeLimit: { en: "time limit", "zh-CN": "办结时限" },
  "timeLimit.legal": { en: "legal time limit", "zh-CN": "法定办结时限" },
  "timeLimit.promised": { en: "promised time limit", "zh-CN": "承诺办结时限" },
  "timeLimit.*.value": { en: "value", "zh-CN": "时限数值" },
  "timeLimit.*.unit": { en: "unit", "zh-CN": "时限单位" },
  "timeLimit.*.note": { en: "note", "zh-CN": "时限说明" },
  processing: { en: "processing type", "zh-CN": "办件类型" },
  runs: { en: "run count", "zh-CN": "到办事现场次数" },
  onSiteReason: { en: "reason for on-site handling", "zh-CN": "必须现场办理原因说明" },
  onlineDepth: { en: "online depth", "zh-CN": "网上办理深度" },
  materials: { en: "materials", "zh-CN": "申请材料" },
  "materials.*": { en: "material", "zh-CN": "申请材料" },
  "materials.*.name": { en: "material name", "zh-CN": "材料名称" },
  "materials.*.form": { en: "material form", "zh-CN": "材料形式" },
  "materials.*.media": { en: "material media", "zh-CN": "材料介质" },
  "materials.*.copies": { en: "copies", "zh-CN": "份数" },
  "materials.*.necessity": { en: "necessity", "zh-CN": "材料必要性" },
  "materials.*.source": { en: "material source", "zh-CN": "来源渠道" },
  "materials.*.eLicense": { en: "e-licence", "zh-CN": "可用电子证照" },
  address: { en: "address", "zh-CN": "办理地点" },
  "address.*": { en: "address", "zh-CN": "办理地点" },
  "address.*.place": { en: "place", "zh-CN": "地点" },
  "address.*.street": { en: "street address", "zh-CN": "详细地址" },
  "address.*.hours": { en: "office hours", "zh-CN": "办公时间" },
  phone: { en: "enquiry phone", "zh-CN": "咨询电话" },
  complaintPhone: { en: "complaint phone", "zh-CN": "监督投诉电话" },
  fee: { en: "fee", "zh-CN": "收费" },
  "fee.charged": { en: "charged", "zh-CN": "是否收费" },
  "fee.basis": { en: "fee basis", "zh-CN": "收费依据" },
  "fee.items": { en: "fee items", "zh-CN": "收费项目" },
  "fee.items.*": { en: "fee item", "zh-CN": "收费项目" },
  "fee.items.*.name": { en: "fee item name", "zh-CN": "收费项目名称" },
  "fee.items.*.standard": { en: "fee standard", "zh-CN": "收费标准" },
  publishedOn: { en: "publishing channels", "zh-CN": "发布渠道" },
  "publishedOn.*": { en: "publishing channel", "zh-CN": "发布渠道" },
  volume: { en: "case volume", "zh-CN": "办件量" },
  conditions: { en: "acceptance conditions", "zh-CN": "受理条件" },
  "conditions.*": { en: "acceptance condition", "zh-CN": "受理条件" },
};

/** The label key of a path: indices become `*`; timeLimit's two limits share their leaf labels. */
function labelKey(path: JsonPath): string {
  const key = path.map((segment) => (typeof segment === "number" ? "*" : segment)).join(".");
  if (key in FIELD_LABELS) return key;
  return key.replace(/^timeLimit\.(legal|promised)\./, "timeLimit.*.");
}

export function fieldLabel(path: JsonPath): LocalizedText | undefined {
  return FIELD_LABELS[labelKey(path)];
}

/** `materials[2].name`: the path as a maintainer would write it. */
export function formatPath(path: JsonPath): string {
  let out = "";
  for (const segment of path) {
    out += typeof segment === "number" ? `[${segment}]` : out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "$" : out;
}

/**
 * A field named for a message: zh-CN「申请材料第3项的材料名称」, en「material name (materials[2].name)」.
 * Unknown fields fall back to their path.
 */
export function describeField(path: JsonPath): LocalizedText {
  if (path.length === 0) return { en: "the record", "zh-CN": "本事项" };
  const pathText = formatPath(path);
  const limit = path.length === 3 && path[0] === "timeLimit" ? fieldLabel(path.slice(0, 2)) : undefined;
  const leafLabel = fieldLabel(path);
  // "value" alone says little: name the limit it belongs to (承诺办结时限的时限数值).
  const leaf = limit && leafLabel ? { en: `${limit.en} ${leafLabel.en}`, "zh-CN": `${limit["zh-CN"]}的${leafLabel["zh-CN"]}` } : leafLabel;
  const en = leaf ? `${leaf.en} (${pathText})` : pathText;
  // Chinese: name each list entry by its 1-based position within its list, then the leaf.
  const parts: string[] = [];
  path.forEach((segment, i) => {
    if (typeof segment !== "number") return;
    const list = fieldLabel(path.slice(0, i));
    parts.push(`${list ? list["zh-CN"] : formatPath(path.slice(0, i))}第${segment + 1}项`);
  });
  const lastIsIndex = typeof path[path.length - 1] === "number";
  if (!lastIsIndex) {
    const zhLeaf = leaf ? leaf["zh-CN"] : String(path[path.length - 1]);
    parts.push(zhLeaf);
  }
  const zh = parts.join("的");
  return { en, "zh-CN": leaf || lastIsIndex ? zh : `${zh}（${pathText}）` };
}
