// Header words → the field a column fills (platform-data.md §4): the element names, their
// upper/lower_snake codes (Guangxi's JSON keys) and Zhejiang's camelCase keys (§6). Headers are
// normalised first, because real exports glue notes, asterisks and line breaks to them.

export type ColumnField =
  | "name"
  | "baseCode"
  | "code"
  | "type"
  | "level"
  | "region"
  | "department"
  | "subjects"
  | "legalBasis"
  | "legal"
  | "legalUnit"
  | "legalNote"
  | "promised"
  | "promisedUnit"
  | "promisedNote"
  | "processing"
  | "runs"
  | "onSiteReason"
  | "onlineDepth"
  | "feeCharged"
  | "place"
  | "street"
  | "hours"
  | "phone"
  | "complaintPhone"
  | "material.name"
  | "material.form"
  | "material.media"
  | "material.copies"
  | "material.necessity"
  | "material.source"
  | "material.eLicense"
  | "state";

const HEADERS: [ColumnField, string[]][] = [
  ["name", ["事项名称", "实施清单名称", "业务办理项名称", "权力名称", "子项名称", "TASK_NAME", "matName"]],
  ["baseCode", ["基本编码", "事项编码", "目录编码", "权力编码", "CATALOG_CODE", "matCode"]],
  ["code", ["实施编码", "事项实施编码", "实施清单编码", "TASK_CODE", "impleCode"]],
  ["type", ["事项类型", "权力类型", "职权类别", "审批类别", "TASK_TYPE"]],
  ["level", ["行使层级", "所在层级", "层级", "USE_LEVEL", "STR_LEVEL"]],
  ["region", ["行政区划", "区划代码", "所属区域", "REGNCODE", "areacode", "jurisCode"]],
  ["department", ["实施主体", "实施机构", "办理部门", "行使部门", "DEPT_NAME", "entityName"]],
  ["subjects", ["服务对象", "面向对象", "申请人类型", "办理对象", "SERVER_TYPE", "serve_type"]],
  ["legalBasis", ["设定依据", "法律依据", "实施依据", "法定依据", "BY_LAW", "matSettingBasis"]],
  ["legal", ["法定办结时限", "法定时限", "法定期限", "ANTICIPATE_DAY", "statutoryDeadline"]],
  ["legalUnit", ["法定办结时限单位", "法定办结期限单位", "法定时限单位", "ANTICIPATE_TYPE", "statutoryDeadlineUnit"]],
  ["legalNote", ["法定办结时限说明", "法定时限说明", "ANTICIPATE_EXPLAIN"]],
  ["promised", ["承诺办结时限", "承诺时限", "承诺期限", "PROMISE_DAY"]],
  ["promisedUnit", ["承诺办结时限单位", "承诺办结期限单位", "承诺时限单位", "PROMISE_TYPE"]],
  ["promisedNote", ["承诺办结时限说明", "承诺时限说明", "PROMISE_EXPLAIN"]],
  ["processing", ["办件类型", "办件类别", "PROJECT_TYPE"]],
  ["runs", ["到办事现场次数", "到现场次数", "跑动次数", "最多跑次数", "LIMIT_SCENE_NUM"]],
  ["onSiteReason", ["必须现场办理原因说明", "到现场原因", "现场办理原因", "LIMIT_SCENE_EXPLAIN"]],
  ["onlineDepth", ["网上办理深度", "网办深度", "办理深度", "ONLINE_HANDLE_DEPTH", "wsblsd"]],
  ["feeCharged", ["是否收费", "IS_FEE"]],
  ["place", ["办理地点", "受理地点", "窗口地址", "TRANSACT_ADDR", "address"]],
  ["street", ["详细地址"]],
  ["hours", ["办理时间", "受理时间", "办公时间", "TRANSACT_TIME", "acceptTimeDesc"]],
  ["phone", ["咨询电话", "咨询方式", "LINK_WAY", "CONSULT_PHONE", "consultMethod"]],
  ["complaintPhone", ["投诉电话", "监督投诉方式", "SUPERVISE_WAY", "COMPLAIN_PHONE", "superviseMethod"]],
  ["state", ["事项状态", "实施状态"]],
  ["material.name", ["材料名称", "申请材料", "申报材料", "MATERIAL_NAME", "materialName"]],
  ["material.form", ["材料类型", "材料要求", "MATERIAL_TYPE"]],
  ["material.media", ["材料形式", "MATERIAL_FORMAT", "materialForm"]],
  ["material.copies", ["份数", "纸质材料份数", "PAGE_NUM", "paperMaterialNums"]],
  ["material.necessity", ["必要性", "是否必须", "是否必要", "材料必要性", "IS_NEED", "isNeed"]],
  ["material.source", ["来源渠道", "材料来源", "出具单位", "SOURCE_TYPE", "materialSource"]],
  ["material.eLicense", ["是否免提交", "可通过电子证照获取"]],
];

const BY_HEADER = new Map(HEADERS.flatMap(([field, words]) => words.map((w) => [w.toLowerCase(), field] as const)));

/** §4: NFKC; no spaces, line breaks or `*`; no `（必填）`; no trailing `，…` note. */
function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/[\s*]/g, "")
    .replace(/\(必填\)/g, "")
    .replace(/,.*$/, "")
    .toLowerCase();
}

export function fieldOfHeader(header: string): ColumnField | undefined {
  return BY_HEADER.get(normalizeHeader(header));
}

/** A header row's columns: the field of each known column, by index; the first column wins a field. */
export type ColumnMap = Partial<Record<ColumnField, number>>;

export function mapColumns(cells: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  cells.forEach((cell, index) => {
    const field = fieldOfHeader(cell);
    if (field && map[field] === undefined) map[field] = index;
  });
  return map;
}

/** The header row among the first 15: the one with most known columns, at least 3 (title rows above it are skipped). */
export function detectHeaderRow(rows: readonly { cells: string[] }[]): number | undefined {
  let best: number | undefined;
  let bestCount = 2;
  rows.slice(0, 15).forEach((row, index) => {
    const count = Object.keys(mapColumns(row.cells)).length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}
