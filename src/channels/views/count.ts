// Counts (runs, a material's copies): a number, or 0次 / 一次 / 1份 with Chinese numerals folded.
import { normalizeText } from "../../text/normalize.js";
import { parseChineseNumber } from "../../time/chinese-number.js";
import { type Scalar, TEXT_KEY } from "./field-view.js";

/** A count: a number, or `0次` / `一次` / `1份` (the suffix optional); other text keys as text. */
export function readCount(value: unknown, suffix: string): Scalar | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? { key: String(value), display: String(value) } : undefined;
  if (typeof value !== "string") return undefined;
  const norm = normalizeText(value);
  if (norm === "") return undefined;
  const bare = norm.endsWith(suffix) ? norm.slice(0, -suffix.length) : norm;
  const n = parseChineseNumber(bare);
  return { key: n === undefined ? TEXT_KEY + norm : String(n), display: value.trim() };
}
