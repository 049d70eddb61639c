import type { MessageValue } from "../../vocabulary.js";
import { asRecord, recordsOf } from "../access.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// 收费依据: an item that charges a fee publishes the basis (the law, regulation or the pricing and
// finance departments' document that authorises the fee) and every fee item with its standard.
// Wrong types (a basis that is not text, items that are not a list) are the schema's findings.

function blankText(value: unknown): boolean {
  return value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A charged item gives its fee basis and each fee item's standard (收费依据). */
export default defineRule({
  id: "fee-basis",
  title: { en: "Fee without basis or items", "zh-CN": "收费缺少依据或项目标准" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A charged item gives no fee basis or no fee item with a standard.",
    "zh-CN": "收费事项未写明收费依据或收费项目及标准。",
  },
  policy: "收费依据",
  messages: {
    noBasis: {
      en: "The item charges a fee but gives no fee basis: name the law, regulation or pricing/finance document (with its number) that authorises the fee, or set charged to false if nothing is charged.",
      "zh-CN": "本事项收费，但未写明收费依据；请填写设定该收费的法律法规或价格、财政部门收费文件（含文号），如不收费请将“是否收费”改为否。",
    },
    noBasisNorItems: {
      en: "The item charges a fee but gives neither a fee basis nor fee items: name the document (with its number) that authorises the fee, and list each fee item with its standard; or set charged to false if nothing is charged.",
      "zh-CN": "本事项收费，但既未写明收费依据，也未列出收费项目；请填写设定该收费的文件（含文号）并逐项填写收费项目及标准，如不收费请将“是否收费”改为否。",
    },
    noItems: {
      en: "The item charges a fee but lists no fee items: list each fee item with its name and standard.",
      "zh-CN": "本事项收费，但未列出收费项目；请逐项填写收费项目名称和收费标准。",
    },
    noStandard: {
      en: "Fee item {{item}} gives no standard: write the amount or how it is calculated (e.g. 50 yuan per certificate).",
      "zh-CN": "收费项目{{item}}未写明收费标准；请填写收费金额或计费方法（如“每证50元”）。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    const fee = asRecord(item.fee);
    if (fee?.charged !== true) return;

    // A missing element is reported where the record says it charges; a blank one where it is written.
    const charged = ["fee", "charged"];
    const noBasis = blankText(fee.basis);
    const noItems = fee.items === undefined || (Array.isArray(fee.items) && fee.items.length === 0);
    if (noBasis && noItems && fee.basis === undefined && fee.items === undefined) {
      // `fee: { charged: true }` is one omission, not two.
      report({ messageId: "noBasisNorItems", path: charged });
      return;
    }
    if (noBasis) report({ messageId: "noBasis", path: fee.basis === undefined ? charged : ["fee", "basis"] });
    if (noItems) {
      report({ messageId: "noItems", path: fee.items === undefined ? charged : ["fee", "items"] });
      return;
    }
    const capped = cappedReport(report, "more");
    for (const [feeItem, index] of recordsOf(fee.items)) {
      if (!blankText(feeItem.standard)) continue;
      const name = typeof feeItem.name === "string" && feeItem.name.trim() !== "" ? feeItem.name : undefined;
      const label: MessageValue = name ? { en: `"${name}"`, "zh-CN": `“${name}”` } : { en: `#${index + 1}`, "zh-CN": `第${index + 1}项` };
      capped.report({ messageId: "noStandard", path: ["fee", "items", index], data: { item: label } });
    }
    capped.flush();
  },
});
