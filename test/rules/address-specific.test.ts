import { describe, expect, it } from "vitest";
import rule from "../../src/rules/item/address-specific.js";
import { runItemRule } from "../../src/testing/rule-tester.js";
import { itemWith, testRule } from "../support/rule-tester.js";

const HOURS = "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）";
const at = (...address: Array<Record<string, unknown>>) => itemWith({ address });
const placeOnly = (place: string) => at({ place, hours: HOURS });

const SPECIFIC_PLACES = [
  "蓬溪县政务服务中心一楼综合窗口",
  "蓬溪县政务服务中心2楼",
  "蓬溪县政务服务中心３层",
  "蓬溪县政务服务中心十二楼",
  "蓬溪县政务服务中心负一楼",
  "市民中心3F",
  "蓬溪县行政审批局201室",
  "蓬溪县行政审批局办公室",
  "市民中心5号窗口",
  "蓬溪县政务服务中心综合窗口",
  "蓬溪县政务服务中心食品药品窗",
  "市民中心B区",
  "市民中心A座",
  "政务服务中心企业开办专区",
  "政务服务中心第二区",
  "市民中心服务台",
  "市民中心3号台",
  "蓬溪县赤城镇滨江路1号",
  "蓬溪县市场监督管理局食品科",
  // Traditional forms read as the floors, numbers and zones they are (a real guide's address).
  "高陵區一中路政務服務中心2層",
  "市民中心5號窗口",
  "市民中心二樓",
  "市民中心B區",
];

const VAGUE_PLACES = [
  "蓬溪县政务服务中心",
  "市民中心",
  "行政审批局",
  "蓬溪县政务服务中心大厅",
  "遂宁市高新区政务服务中心",
  "蓬溪县行政审批大楼",
  "蓬溪县科学技术局",
  "赤城街道便民服务中心",
  "高陵區政務服務中心",
];

testRule(rule, {
  valid: [
    { name: "the base item", item: itemWith({}) },
    ...SPECIFIC_PLACES.map((place) => ({ name: place, item: placeOnly(place) })),
    {
      name: "a building name with a street given",
      item: at({ place: "蓬溪县政务服务中心", street: "四川省遂宁市蓬溪县赤城镇滨江路1号", hours: HOURS }),
    },
    { name: "township-level handling everywhere: 各乡镇便民服务中心", item: placeOnly("各乡镇便民服务中心") },
    { name: "各乡镇（街道）便民服务中心", item: placeOnly("各乡镇（街道）便民服务中心") },
    { name: "申请人户籍所在地乡镇人民政府", item: placeOnly("申请人户籍所在地乡镇人民政府") },
    { name: "所在地村（社区）便民服务站", item: placeOnly("所在地村（社区）便民服务站") },
    { name: "several specific addresses", item: at({ place: "市民中心5号窗口", hours: HOURS }, { place: "蓬溪县政务服务中心一楼", hours: HOURS }) },
    // Shapes the schema reports.
    { name: "address not a list", item: itemWith({ address: "蓬溪县政务服务中心" }) },
    { name: "address entry not a mapping", item: itemWith({ address: ["蓬溪县政务服务中心"] }) },
    { name: "place missing, hours given", item: at({ street: "滨江路1号", hours: HOURS }) },
    { name: "place not text", item: at({ place: 12, hours: HOURS }) },
    { name: "hours not text", item: at({ place: "市民中心5号窗口", hours: ["周一至周五"] }) },
    { name: "address absent", item: itemWith({ address: undefined }) },
  ],
  invalid: [
    ...VAGUE_PLACES.map((place) => ({
      name: `only a building: ${place}`,
      item: placeOnly(place),
      errors: [{ messageId: "vaguePlace", path: ["address", 0, "place"] }],
    })),
    {
      name: "a blank street does not count",
      item: at({ place: "市民中心", street: " ", hours: HOURS }),
      errors: [{ messageId: "vaguePlace", path: ["address", 0, "place"] }],
    },
    {
      name: "hours absent",
      item: at({ place: "蓬溪县政务服务中心一楼综合窗口", street: "滨江路1号" }),
      errors: [{ messageId: "missingHours", path: ["address", 0] }],
    },
    {
      name: "hours null",
      item: at({ place: "蓬溪县政务服务中心一楼综合窗口", hours: null }),
      errors: [{ messageId: "missingHours", path: ["address", 0] }],
    },
    {
      name: "hours blank: reported at the hours",
      item: at({ place: "蓬溪县政务服务中心一楼综合窗口", hours: "  " }),
      errors: [{ messageId: "missingHours", path: ["address", 0, "hours"] }],
    },
    {
      name: "distributed places still need hours",
      item: at({ place: "各乡镇便民服务中心" }),
      errors: [{ messageId: "missingHours", path: ["address", 0] }],
    },
    {
      name: "both defects on one address",
      item: at({ place: "市民中心" }),
      errors: [
        { messageId: "vaguePlace", path: ["address", 0, "place"] },
        { messageId: "missingHours", path: ["address", 0] },
      ],
    },
    {
      name: "the second of two addresses",
      item: at({ place: "市民中心5号窗口", hours: HOURS }, { place: "行政审批局", hours: HOURS }),
      errors: [{ messageId: "vaguePlace", path: ["address", 1, "place"] }],
    },
    {
      name: "no place and no hours",
      item: at({ street: "滨江路1号" }),
      errors: [{ messageId: "missingHours", path: ["address", 0] }],
    },
  ],
});

describe("address-specific details", () => {
  it("names the address by its place, or by its number when it has none", () => {
    const [byPlace] = runItemRule(rule, at({ place: "市民中心5号窗口" }));
    expect(byPlace.data?.address).toEqual({ en: '"市民中心5号窗口"', "zh-CN": "“市民中心5号窗口”" });
    const [second] = runItemRule(rule, at({ place: "市民中心5号窗口", hours: HOURS }, { street: "滨江路1号" }));
    expect(second.data?.address).toEqual({ en: "no. 2", "zh-CN": "（第2个）" });
  });
});
