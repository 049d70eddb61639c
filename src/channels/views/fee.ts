// fee: `{ charged, basis?, items? }`, a boolean, or text. 不收费 / 免费 / 无 / 否 mean not charged;
// 收费 / 是 mean charged and say nothing more; any other text says "charged" and must equal
// (normalised) what the master states — its basis, an item's standard, an item's name + standard,
// or all items so (compare.ts decides that).
import { isRecord } from "../../rules/access.js";
import { normalizeText } from "../../text/normalize.js";
import { ENTRY, type Entry, type FeeView, type FieldView, PART, TEXT_KEY } from "./field-view.js";
import { readNamedList } from "./named-list.js";
import { readText } from "./plain-text.js";

const FREE_WORDS = new Set(["不收费", "免费", "无", "否", "无收费", "不收取费用"].map(normalizeText));
const CHARGED_WORDS = new Set(["收费", "是"].map(normalizeText));

function readCharged(value: unknown): { charged: boolean; display: string } | undefined {
  if (typeof value === "boolean") return { charged: value, display: String(value) };
  if (typeof value !== "string") return undefined;
  const norm = normalizeText(value);
  if (FREE_WORDS.has(norm) || norm === "false") return { charged: false, display: value.trim() };
  if (CHARGED_WORDS.has(norm) || norm === "true") return { charged: true, display: value.trim() };
  return undefined;
}

function readFee(value: unknown): FeeView | undefined {
  if (typeof value === "boolean" || typeof value === "string") {
    const c = readCharged(value);
    if (c) return { charged: c.charged, chargedNode: false, chargedDisplay: c.display };
    const text = readText(value);
    return text && { charged: true, chargedNode: false, text };
  }
  if (!isRecord(value)) return undefined;
  const c = readCharged(value.charged);
  const basis = readText(value.basis);
  const items = value.items === undefined ? undefined : readNamedList(value.items, "name", ["standard"], (_, v) => readText(v));
  if (!c && !basis && !items) return undefined;
  return { charged: c?.charged, chargedNode: true, chargedDisplay: c?.display, basis, items };
}

function feeItemDisplay(item: Entry): string {
  const standard = item.attrs?.standard?.display;
  return standard ? `${item.display}：${standard}` : item.display;
}

/** How a fee reads: 不收费, or 收费 with its basis and items. */
export function feeDisplay(fee: FeeView): string {
  if (fee.text) return fee.text.display;
  if (fee.charged === false) return fee.chargedNode ? "不收费" : (fee.chargedDisplay ?? "不收费");
  const parts = [fee.charged === true ? "收费" : ""];
  if (fee.basis) parts.push(`收费依据：${fee.basis.display}`);
  if (fee.items && fee.items.length > 0) parts.push(`收费项目：${fee.items.map(feeItemDisplay).join("；")}`);
  return parts.filter((p) => p !== "").join("；");
}

function feeKey(fee: FeeView): string {
  if (fee.text) return TEXT_KEY + fee.text.key;
  const items = (fee.items ?? []).map((i) => i.key + PART + (i.attrs?.standard?.key ?? "")).sort();
  return [fee.charged === undefined ? "?" : String(fee.charged), fee.basis?.key ?? "", ...items].join(ENTRY);
}

export function viewFee(value: unknown): FieldView | undefined {
  const fee = readFee(value);
  return fee && { key: feeKey(fee), display: feeDisplay(fee), fee };
}
