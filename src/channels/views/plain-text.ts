// Plain text fields — name, department, onSiteReason, baseCode, region, phone, complaintPhone, and
// the names and attributes of list entries — keyed by normalizeText. YAML numbers read as digits.
// Phones too: width-folded and spaces removed like any text; dashes are NOT folded, so 0825-5432100
// and 08255432100 differ, as does any digit (phone-format reports the dash style).
import { normalizeText } from "../../text/normalize.js";
import type { Scalar } from "./field-view.js";

/** A string as shown, trimmed; numbers as their digits; anything else undefined. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A text keyed by normalizeText; undefined when it is not text or normalises to nothing. */
export function readText(value: unknown): Scalar | undefined {
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const key = normalizeText(text);
  return key === "" ? undefined : { key, display: text };
}
