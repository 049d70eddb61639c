import type { ListEntry } from "../types.js";

// Proofs that may no longer be demanded (已取消的证明事项). A config's `lists.cancelledProofs`
// adds a province's or county's own lists to these; only national sources are built in.
//
// Sources:
// - 国务院办公厅关于做好证明事项清理工作的通知（国办发〔2018〕47号）: a proof with no basis in law
//   or administrative regulation is cancelled; the principle, not a list.
// - 民政部 国家发展改革委 公安部 司法部 人力资源社会保障部 国家卫生健康委《关于改进和规范基层
//   群众性自治组织出具证明工作的指导意见》（民发〔2020〕20号, April 2020）, annex《不应由基层群众性
//   自治组织出具证明事项清单（第一批）》: 20 proofs that village and residents' committees (村民
//   委员会、居民委员会) no longer issue. The names in brackets below are the annex's own glosses.
//
// Most of those 20 are cancelled only as *committee* proofs: the same name issued by the body
// that keeps the record is a real document (公安机关出具的无犯罪记录证明, the hospital's 出生医学
// 证明 or 死亡医学证明, a bank's 存款证明, an employer's 收入证明, 民政部门's 婚姻登记记录证明). Those
// entries are named "村（居）民委员会出具的…" and match only when the material names a committee
// as the issuer (the aliases `committeeIssued` spells out). Two are cancelled whoever issues them,
// because no other body issues a document of that name: 亲属关系证明 (kinship is shown by the
// 户口簿, 结婚证 or 出生医学证明 the applicant holds) and 健在证明 (survival is checked against
// the death-registration data, no longer certified by hand).
//
// Three more match by their bare name, because in a service guide no other body issues a
// document of that name: 婚姻状况证明 (民政部门 issue 婚姻登记记录证明, not this), 养犬证明 (the
// police issue a 养犬登记证), and 居住证明 — not on the 2020 list, but cancelled as a committee
// proof in the provinces' 证明事项清理 (国办发〔2018〕47号) and the most common cancelled proof in
// catalogs; what a guide may ask for instead is named (居住证, 房屋租赁合同, 不动产权证书).
// Left out, for want of a national source: 健康证明 (a provincial addition, e.g. Zhejiang 2023), 缴费票据遗失
// 证明 and 转学证明 (Hubei's additions to the first batch).

/** Who a committee proof is written as issued by, as catalogs spell it. */
const COMMITTEES = [
  "村委会",
  "居委会", // also inside 社区居委会, 村/居委会
  "村（居）委会",
  "村居委会",
  "村（社区）",
  "村民委员会",
  "居民委员会", // also inside 社区居民委员会
  "村（居）民委员会",
  "社区",
];
const BEFORE = ["出具的", "开具的", "出具", "开具", "盖章的", "盖章", ""];
const AFTER = ["出具", "开具", "盖章"];

/** The ways a catalog writes "<proof>, issued by a village or residents' committee". */
function committeeIssued(...proofs: string[]): string[] {
  const out: string[] = [];
  for (const proof of proofs) {
    for (const committee of COMMITTEES) {
      for (const verb of BEFORE) out.push(`${committee}${verb}${proof}`);
      for (const verb of AFTER) out.push(`${proof}（${committee}${verb}）`);
    }
  }
  return out;
}

/** A proof committees no longer issue: matched only when a committee is named as its issuer. */
function byCommittee(name: string, ...variants: string[]): ListEntry {
  return { name: `村（居）民委员会出具的${name}`, aliases: committeeIssued(name, ...variants) };
}

export const CANCELLED_PROOFS: readonly ListEntry[] = [
  // 民发〔2020〕20号 附件 1. Cancelled whoever issues it (see above).
  { name: "亲属关系证明" },
  // 民发〔2020〕20号 附件 10. 生存证明 is still issued abroad by embassies and notaries, so it is
  // listed only as a committee proof.
  { name: "健在证明", aliases: committeeIssued("生存证明") },

  // 民发〔2020〕20号 附件, committee proofs only.
  byCommittee("居民身份信息证明", "身份信息证明", "户籍证明", "身份证明"), // 2（户籍证明）
  byCommittee("户口登记项目内容变更申请证明", "户口登记项目内容变更证明"), // 3
  { name: "养犬证明", aliases: ["居民养犬证明"] }, // 4, bare (see above)
  byCommittee("无犯罪记录证明", "无违法犯罪记录证明"), // 5
  byCommittee("社区戒毒社区康复人员情况证明"), // 6
  byCommittee("人员失踪证明", "失踪证明"), // 7
  { name: "婚姻状况证明" }, // 8, bare (see above)
  byCommittee("婚姻关系证明", "分居证明", "未婚证明", "单身证明"), // 8（婚姻关系证明、分居证明）
  byCommittee("出生证明"), // 9
  byCommittee("死亡证明"), // 11
  byCommittee("疾病状况证明", "急诊证明", "意外伤害证明"), // 12（急诊证明、意外伤害证明）
  byCommittee("残疾状况证明", "残疾证明"), // 13
  byCommittee("婚育状况证明", "生育状况证明", "婚育证明"), // 14（生育状况证明）
  byCommittee("居民就业状况证明", "就业状况证明", "就业证明", "失业证明"), // 15
  byCommittee("居民个人档案证明", "个人档案证明"), // 16
  // 17（经济状况证明、收入证明、偿还能力证明、房产证明、银行存款证明、投资情况证明、车辆所有权证明等）;
  // 无房证明, 贫困证明 and 家庭经济困难证明 are economic-status proofs of the same kind.
  byCommittee(
    "居民财产证明",
    "财产证明",
    "经济状况证明",
    "收入证明",
    "偿还能力证明",
    "房产证明",
    "无房证明",
    "银行存款证明",
    "存款证明",
    "投资情况证明",
    "车辆所有权证明",
    "贫困证明",
    "家庭经济困难证明",
  ),
  byCommittee("遗产继承权证明", "继承权证明"), // 18
  // 19（经营场所证明、同意住宅改变为经营性用房证明、社区经营性用房无扰民证明）
  byCommittee("市场主体住所证明", "住所证明", "经营场所证明", "同意住宅改变为经营性用房证明", "经营性用房无扰民证明", "无扰民证明"),
  byCommittee("证件遗失证明", "遗失证明"), // 20

  // Provincial clean-ups (国办发〔2018〕47号), bare (see above).
  { name: "居住证明", aliases: ["居住地证明", "实际居住证明"] },
];
