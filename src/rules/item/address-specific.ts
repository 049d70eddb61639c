import type { LocalizedText } from "../../i18n/localized.js";
import { textMemo } from "../../text/memo.js";
import { toSimplified } from "../../text/simplified.js";
import { isBlank, recordsOf } from "../access.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// What makes a place findable inside its building: a floor, a room, a window or counter, a zone,
// or a house number. Numerals may be Arabic, full-width or Chinese (一楼, 2楼, ３层, 十二楼).
const NUMERAL = "[0-9０-９一二三四五六七八九十两]";
const SPECIFIC_MARKERS: readonly RegExp[] = [
  new RegExp(`${NUMERAL}\\s*(?:楼|层)`, "u"), // 一楼, 2楼, 3层, 负一楼, 地下一层
  /[0-9０-９]\s*[FfＦ](?![A-Za-z])/u, // 3F
  /室|房间|[0-9０-９]房/u, // 201室, 办公室, 302房
  /窗/u, // 5号窗口, 综合窗口, 食品药品窗
  /(?:服务|咨询|受理|接待|导办|前|柜)台|[0-9０-９]号?台/u, // 服务台, 柜台, 3号台
  /[A-Za-zＡ-Ｚａ-ｚ0-9０-９]\s*(?:区|座|栋|幢|单元)/u, // B区, A座, 3栋
  new RegExp(`第${NUMERAL}+(?:区|座|栋|幢)|(?:专|受理|办事|服务|审批|综合)区`, "u"), // 第二区, 企业开办专区
  new RegExp(`${NUMERAL}+号`, "u"), // 滨江路1号, 2号楼
  /(?:科|股|科室)$/u, // 食品科: a named office of the body
];

// A place that names a kind of office everywhere it exists (an item every township handles at
// its own centre) has no single building to be specific about; the township's own guide does.
const DISTRIBUTED = /^(?:各|全[县市区省]各|辖区各)|所在地|户籍地|居住地|辖区内|属地/u;

// Every item of a service centre names the same few places: judge each place once.
const vagueVerdicts = textMemo<boolean>();
// Read in standard characters, so that 2層, 5號窗口, B區 (traditional forms) are the floors,
// windows and zones they are.
const isVague = (written: string) => {
  const place = toSimplified(written);
  return !DISTRIBUTED.test(place) && !SPECIFIC_MARKERS.some((m) => m.test(place));
};

/** Every address tells the applicant where to go and when (办理地址). */
export default defineRule({
  id: "address-specific",
  title: { en: "Address not specific", "zh-CN": "办理地点不具体" },
  scope: "item",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "An address has no concrete place or no office hours.",
    "zh-CN": "办理地点不具体或缺少办公时间。",
  },
  policy: "办理地址",
  messages: {
    vaguePlace: {
      en: 'The place "{{place}}" names only a building, so an applicant who gets there still has to ask where to go; add the floor and window (e.g. "1st floor, window 5"), the room or the zone, or give the street address (street).',
      "zh-CN": "办理地点“{{place}}”只写了建筑名称，群众到场后仍不知道去哪里办理；请写明楼层和窗口（如“一楼5号窗口”）、房间号或功能区，或填写详细地址。",
    },
    missingHours: {
      en: 'The address {{address}} has no office hours; add them (e.g. "Mon–Fri 9:00-12:00, 13:30-17:00, except public holidays").',
      "zh-CN": "办理地点{{address}}未写办公时间，请补充（如“周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）”）。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report: uncapped }) {
    const capped = cappedReport(uncapped, "more");
    const report = capped.report;
    for (const [address, index] of recordsOf(item.address)) {
      const place = typeof address.place === "string" && address.place.trim() !== "" ? address.place.trim() : undefined;
      const hasStreet = typeof address.street === "string" && address.street.trim() !== "";
      if (place !== undefined && !hasStreet && vagueVerdicts.get(place, isVague)) {
        report({ messageId: "vaguePlace", path: ["address", index, "place"], data: { place } });
      }
      // Hours given as something other than text are the schema's finding.
      if (isBlank(address.hours)) {
        const path = typeof address.hours === "string" ? ["address", index, "hours"] : ["address", index];
        report({ messageId: "missingHours", path, data: { address: addressLabel(place, index) } });
      }
    }
    capped.flush();
  },
});

function addressLabel(place: string | undefined, index: number): LocalizedText {
  if (place !== undefined) return { en: `"${place}"`, "zh-CN": `“${place}”` };
  return { en: `no. ${index + 1}`, "zh-CN": `（第${index + 1}个）` };
}
