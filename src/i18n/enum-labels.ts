import type { LocalizedText } from "./localized.js";

// The Chinese names of the enumerations in guide-format.md; the schema documents the same
// values with the same names (enumDescriptions), so editors show them too.
export const ENUM_LABELS: Record<string, Record<string, LocalizedText>> = {
  type: {
    "administrative-license": { en: "administrative license", "zh-CN": "行政许可" },
    "administrative-payment": { en: "administrative payment", "zh-CN": "行政给付" },
    "administrative-confirmation": { en: "administrative confirmation", "zh-CN": "行政确认" },
    "administrative-adjudication": { en: "administrative adjudication", "zh-CN": "行政裁决" },
    "administrative-reward": { en: "administrative reward", "zh-CN": "行政奖励" },
    "administrative-filing": { en: "administrative filing", "zh-CN": "行政备案" },
    "other-administrative-power": { en: "other administrative power", "zh-CN": "其他行政权力" },
    "public-service": { en: "public service", "zh-CN": "公共服务" },
  },
  level: {
    national: { en: "national", "zh-CN": "国家级" },
    province: { en: "province", "zh-CN": "省级" },
    city: { en: "city", "zh-CN": "市级" },
    county: { en: "county", "zh-CN": "县级" },
    township: { en: "township", "zh-CN": "乡镇（街道）级" },
    village: { en: "village", "zh-CN": "村（社区）级" },
  },
  subjects: {
    "natural-person": { en: "natural person", "zh-CN": "自然人" },
    "legal-person": { en: "legal person", "zh-CN": "法人" },
    "other-organization": { en: "unincorporated organisation", "zh-CN": "非法人组织" },
  },
  unit: {
    "working-day": { en: "working days", "zh-CN": "工作日" },
    "natural-day": { en: "natural days", "zh-CN": "自然日" },
    hour: { en: "hours", "zh-CN": "小时" },
    minute: { en: "minutes", "zh-CN": "分钟" },
  },
  processing: {
    immediate: { en: "immediate item", "zh-CN": "即办件" },
    commitment: { en: "commitment item", "zh-CN": "承诺件" },
  },
  onlineDepth: {
    "1": { en: "level 1: online enquiry (guide published)", "zh-CN": "一级 网上咨询（信息公开/办事指南）" },
    "2": { en: "level 2: forms downloadable", "zh-CN": "二级 表格下载" },
    "3": { en: "level 3: online pre-check / application", "zh-CN": "三级 网上预审/网上申报" },
    "4": { en: "level 4: fully online", "zh-CN": "四级 全程网办" },
  },
  form: {
    original: { en: "original", "zh-CN": "原件" },
    copy: { en: "copy", "zh-CN": "复印件" },
    "original-and-copy": { en: "original and copy", "zh-CN": "原件和复印件" },
  },
  media: {
    paper: { en: "paper", "zh-CN": "纸质" },
    electronic: { en: "electronic", "zh-CN": "电子" },
    "paper-or-electronic": { en: "paper or electronic", "zh-CN": "纸质或电子" },
  },
  necessity: {
    required: { en: "required", "zh-CN": "必要" },
    optional: { en: "optional", "zh-CN": "非必要" },
    deferrable: { en: "deferrable (容缺后补)", "zh-CN": "容缺后补" },
  },
  source: {
    applicant: { en: "provided by the applicant", "zh-CN": "申请人自备" },
    government: { en: "issued by a government body", "zh-CN": "政府部门核发" },
    intermediary: { en: "issued by an intermediary", "zh-CN": "中介机构出具" },
    other: { en: "other", "zh-CN": "其他" },
  },
  channel: {
    pc: { en: "PC portal", "zh-CN": "网上办事大厅/政务服务网" },
    mobile: { en: "mobile app", "zh-CN": "移动端 APP" },
    window: { en: "hall window", "zh-CN": "实体大厅窗口" },
    kiosk: { en: "self-service kiosk", "zh-CN": "自助服务终端" },
    tv: { en: "TV service", "zh-CN": "电视政务" },
    "dept-site": { en: "department website", "zh-CN": "部门网站" },
    "dept-system": { en: "department approval system", "zh-CN": "部门审批业务系统" },
    wechat: { en: "WeChat official account", "zh-CN": "微信公众号" },
  },
};
