import type { RepealedLaw } from "../types.js";

// Instruments repealed outright (废止), each with the one that replaced it and the date the repeal
// took effect. Only repeals stated in the repealing instrument's own closing article are listed;
// an instrument that was merely amended (修正/修订) keeps its title and stays in force.
// Titles are written as enacted; the rule compares them without 《》 and the 中华人民共和国
// prefix, so one entry covers both ways of citing a law.
export const REPEALED_LAWS: readonly RepealedLaw[] = [
  // 中华人民共和国民法典 第一千二百六十条: in force from 2021-01-01; the 婚姻法, 继承法, 民法通则,
  // 收养法, 担保法, 合同法, 物权法, 侵权责任法 and 民法总则 repealed at the same time.
  ...[
    "中华人民共和国婚姻法",
    "中华人民共和国继承法",
    "中华人民共和国民法通则",
    "中华人民共和国收养法",
    "中华人民共和国担保法",
    "中华人民共和国合同法",
    "中华人民共和国物权法",
    "中华人民共和国侵权责任法",
    "中华人民共和国民法总则",
  ].map((name) => ({ name, successor: "中华人民共和国民法典", repealedOn: "2021-01-01" })),

  // 促进个体工商户发展条例 (国务院令第755号) 第四十条: in force from 2022-11-01; the 个体工商户条例
  // repealed at the same time.
  { name: "个体工商户条例", successor: "促进个体工商户发展条例", repealedOn: "2022-11-01" },

  // 中华人民共和国市场主体登记管理条例 (国务院令第746号) 第五十五条: in force from 2022-03-01; the
  // 公司登记管理条例, 企业法人登记管理条例, 合伙企业登记管理办法, 农民专业合作社登记管理条例 and
  // 企业法人法定代表人登记管理规定 repealed at the same time.
  ...[
    "中华人民共和国公司登记管理条例",
    "中华人民共和国企业法人登记管理条例",
    "中华人民共和国合伙企业登记管理办法",
    "农民专业合作社登记管理条例",
    "企业法人法定代表人登记管理规定",
  ].map((name) => ({ name, successor: "中华人民共和国市场主体登记管理条例", repealedOn: "2022-03-01" })),

  // 中华人民共和国外商投资法 第四十二条: in force from 2020-01-01; the three laws on Sino-foreign
  // joint ventures and wholly foreign-owned enterprises repealed at the same time.
  ...["中华人民共和国中外合资经营企业法", "中华人民共和国外资企业法", "中华人民共和国中外合作经营企业法"].map((name) => ({
    name,
    successor: "中华人民共和国外商投资法",
    repealedOn: "2020-01-01",
  })),
  // 中华人民共和国外商投资法实施条例 (国务院令第723号) 第四十九条: in force from 2020-01-01; the
  // implementing rules of those three laws and the 中外合资经营企业合营期限暂行规定 repealed with them.
  ...[
    "中华人民共和国中外合资经营企业法实施条例",
    "中外合资经营企业合营期限暂行规定",
    "中华人民共和国外资企业法实施细则",
    "中华人民共和国中外合作经营企业法实施细则",
  ].map((name) => ({ name, successor: "中华人民共和国外商投资法实施条例", repealedOn: "2020-01-01" })),

  // 中华人民共和国食品安全法 (2009) 第一百零四条: in force from 2009-06-01; the 食品卫生法 repealed.
  { name: "中华人民共和国食品卫生法", successor: "中华人民共和国食品安全法", repealedOn: "2009-06-01" },

  // 国有土地上房屋征收与补偿条例 (国务院令第590号) 第三十五条: in force on publication, 2011-01-21;
  // the 城市房屋拆迁管理条例 (2001) repealed.
  { name: "城市房屋拆迁管理条例", successor: "国有土地上房屋征收与补偿条例", repealedOn: "2011-01-21" },

  // 中华人民共和国城乡规划法 第七十条: in force from 2008-01-01; the 城市规划法 repealed.
  { name: "中华人民共和国城市规划法", successor: "中华人民共和国城乡规划法", repealedOn: "2008-01-01" },

  // 无证无照经营查处办法 (国务院令第684号) 第二十二条: in force from 2017-10-01; the 无照经营查处取缔办法
  // repealed.
  { name: "无照经营查处取缔办法", successor: "无证无照经营查处办法", repealedOn: "2017-10-01" },

  // 中华人民共和国医师法 第六十七条: in force from 2022-03-01; the 执业医师法 repealed.
  { name: "中华人民共和国执业医师法", successor: "中华人民共和国医师法", repealedOn: "2022-03-01" },

  // 中华人民共和国出境入境管理法 第九十三条: in force from 2013-07-01; the laws on foreigners'
  // and citizens' exit and entry repealed.
  ...["中华人民共和国外国人入境出境管理法", "中华人民共和国公民出境入境管理法"].map((name) => ({
    name,
    successor: "中华人民共和国出境入境管理法",
    repealedOn: "2013-07-01",
  })),

  // 中华人民共和国居民身份证法 (2003) 第二十三条: in force from 2004-01-01; the 居民身份证条例 repealed.
  { name: "中华人民共和国居民身份证条例", successor: "中华人民共和国居民身份证法", repealedOn: "2004-01-01" },

  // 婚姻登记条例 (国务院令第387号) 第二十二条: in force from 2003-10-01; the 婚姻登记管理条例 (1994) repealed.
  { name: "婚姻登记管理条例", successor: "婚姻登记条例", repealedOn: "2003-10-01" },

  // 城市生活无着的流浪乞讨人员救助管理办法 (国务院令第381号) 第十八条: in force from 2003-08-01;
  // the 城市流浪乞讨人员收容遣送办法 repealed.
  {
    name: "城市流浪乞讨人员收容遣送办法",
    successor: "城市生活无着的流浪乞讨人员救助管理办法",
    repealedOn: "2003-08-01",
  },

  // 中华人民共和国治安管理处罚法 第一百一十九条: in force from 2006-03-01; the 治安管理处罚条例 repealed.
  { name: "中华人民共和国治安管理处罚条例", successor: "中华人民共和国治安管理处罚法", repealedOn: "2006-03-01" },

  // 中华人民共和国行政复议法 (1999) 第四十三条: in force from 1999-10-01; the 行政复议条例 repealed.
  { name: "行政复议条例", successor: "中华人民共和国行政复议法", repealedOn: "1999-10-01" },

  // 中华人民共和国民办教育促进法 第六十八条: in force from 2003-09-01; the 社会力量办学条例 repealed.
  { name: "社会力量办学条例", successor: "中华人民共和国民办教育促进法", repealedOn: "2003-09-01" },

  // Tax laws that replaced the State Council's provisional regulations (暂行条例), each repealing
  // its regulation in its last article: 企业所得税法 第六十条, 车船税法 第十三条, 车辆购置税法
  // 第十九条, 耕地占用税法 第十六条, 资源税法 第十七条, 契税法 第十七条, 城市维护建设税法 第十一条,
  // 印花税法 第二十条.
  { name: "中华人民共和国外商投资企业和外国企业所得税法", successor: "中华人民共和国企业所得税法", repealedOn: "2008-01-01" },
  { name: "中华人民共和国企业所得税暂行条例", successor: "中华人民共和国企业所得税法", repealedOn: "2008-01-01" },
  { name: "中华人民共和国车船税暂行条例", successor: "中华人民共和国车船税法", repealedOn: "2012-01-01" },
  { name: "中华人民共和国车辆购置税暂行条例", successor: "中华人民共和国车辆购置税法", repealedOn: "2019-07-01" },
  { name: "中华人民共和国耕地占用税暂行条例", successor: "中华人民共和国耕地占用税法", repealedOn: "2019-09-01" },
  { name: "中华人民共和国资源税暂行条例", successor: "中华人民共和国资源税法", repealedOn: "2020-09-01" },
  { name: "中华人民共和国契税暂行条例", successor: "中华人民共和国契税法", repealedOn: "2021-09-01" },
  { name: "中华人民共和国城市维护建设税暂行条例", successor: "中华人民共和国城市维护建设税法", repealedOn: "2021-09-01" },
  { name: "中华人民共和国印花税暂行条例", successor: "中华人民共和国印花税法", repealedOn: "2022-07-01" },
];
