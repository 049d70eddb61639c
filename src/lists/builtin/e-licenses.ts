import type { ListEntry } from "../types.js";

// Licences and certificates issued as e-licences (电子证照) on the national integrated online
// government-service platform (全国一体化政务服务平台), which an office can fetch from the
// e-licence library instead of asking for paper (电子证照免提交). A config's `lists.eLicenses`
// adds a province's own library (its 电子证照目录) to these.
//
// Sources:
// - 国务院关于在线政务服务的若干规定（国务院令第716号, 2019）: e-licences have the same legal effect
//   as paper ones, and what an office can obtain by sharing is not to be demanded again.
// - 国务院办公厅关于加快推进电子证照扩大应用领域和全国互通互认的意见（国办发〔2022〕3号）: names
//   出生医学证明, 户口簿, 身份证, 社会保障卡 among the personal certificates to use electronically,
//   and 营业执照 and the business licences for enterprises.
// - The issuing ministries' national e-licences: 电子营业执照 (市场监管总局, 2019), 电子驾驶证 and
//   电子行驶证 (公安部), 不动产登记电子证照 (自然资源部), 婚姻登记电子证照 (民政部), 第三代残疾人证
//   电子证照 (中国残联), 食品生产/经营许可电子证书 (市场监管总局), 道路运输电子证照 (交通运输部),
//   建设工程企业资质电子证书 (住房城乡建设部), 医疗机构、医师、护士电子证照 (国家卫生健康委).
//
// Aliases are the names catalogs actually write. Left out on purpose: 房屋所有权证 (issued before
// 不动产统一登记 in 2015; old certificates are not all in the library), 居住证 and 教师资格证书
// (e-licences in some provinces, not yet one national type); add them through the config where
// the provincial library has them.
export const E_LICENSES: readonly ListEntry[] = [
  { name: "居民身份证", aliases: ["身份证", "二代身份证"] },
  { name: "居民户口簿", aliases: ["户口簿", "户口本"] },
  { name: "出生医学证明" },
  { name: "社会保障卡", aliases: ["社保卡"] },
  { name: "营业执照" },
  { name: "结婚证" },
  { name: "离婚证" },
  { name: "机动车驾驶证", aliases: ["驾驶证", "驾照"] },
  { name: "机动车行驶证", aliases: ["行驶证"] },
  { name: "不动产权证书", aliases: ["不动产权证", "不动产证", "房产证"] },
  { name: "残疾人证" },
  { name: "食品经营许可证" },
  { name: "食品生产许可证" },
  { name: "道路运输经营许可证" },
  { name: "道路运输证" },
  { name: "建筑业企业资质证书", aliases: ["建筑业企业资质证"] },
  { name: "医疗机构执业许可证" },
  { name: "医师执业证书" },
  { name: "护士执业证书" },
];
