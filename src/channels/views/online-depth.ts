// Online depth: 1–4, `4`, `四级`, `4级`, `第四级`, `四级 全程网办`, or a level's own words when only one
// level has them (全程网办 4, 网上预审/网上申报 3, 表格下载 2, 网上咨询 1). A level with another
// level's words is unread: it keys as text.
import { normalizeText } from "../../text/normalize.js";
import { parseChineseNumber } from "../../time/chinese-number.js";
import { type Scalar, TEXT_KEY } from "./field-view.js";

const DEPTH_WORDS = new Map<string, number>();
for (const [depth, words] of Object.entries({
  1: ["网上咨询（信息公开/办事指南）", "网上咨询"],
  2: ["表格下载"],
  3: ["网上预审/网上申报", "网上预审", "网上申报"],
  4: ["全程网办"],
})) {
  for (const w of words) DEPTH_WORDS.set(normalizeText(w), Number(depth));
}

export function readDepth(value: unknown): Scalar | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? { key: String(value), display: String(value) } : undefined;
  if (typeof value !== "string") return undefined;
  const norm = normalizeText(value);
  if (norm === "") return undefined;
  const display = value.trim();
  const level = norm.indexOf("级");
  let depth: number | undefined;
  if (level > 0) {
    const n = parseChineseNumber(norm.slice(norm.startsWith("第") ? 1 : 0, level));
    const rest = norm.slice(level + 1);
    if (n !== undefined && (rest === "" || DEPTH_WORDS.get(rest) === n)) depth = n;
  } else {
    depth = DEPTH_WORDS.get(norm) ?? parseChineseNumber(norm);
  }
  return { key: depth === undefined ? TEXT_KEY + norm : String(depth), display };
}
