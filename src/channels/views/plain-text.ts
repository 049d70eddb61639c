// Plain text fields — name, department, onSiteReason, baseCode, region, and the names and
// attributes of list entries — keyed by normalizeText. YAML numbers read as digits. (Phones are
// keyed by their digits: phone.ts.)
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
