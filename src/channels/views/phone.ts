// phone, complaintPhone: compared by their digits (guide-format.md): 0825-5432100, 0825 5432100,
// (0825)5432100 and 08255432100 are one number; the dash style is phone-format's finding, not a
// channel's difference. Several numbers keep their order and their boundaries (、，;／或), so that
// 0825-1、2345 never equals 08251-2345; a +86 prefix is dropped. The display stays as written.
import { normalizeText } from "../../text/normalize.js";
import type { Scalar } from "./field-view.js";
import { scalarText } from "./plain-text.js";

const SEPARATORS = /[、,;/]|或/u;

export function readPhone(value: unknown): Scalar | undefined {
  const text = scalarText(value);
  if (text === undefined) return undefined;
  // normalizeText folds full-width digits and removes spaces; the key keeps only digits.
  const numbers = normalizeText(text)
    .split(SEPARATORS)
    .map((part) => part.replace(/^\+86-?/u, "").replace(/\D/gu, ""))
    .filter((digits) => digits !== "");
  // No digit at all (a text such as 见窗口): compared as text, so it still differs from a number.
  const key = numbers.length > 0 ? numbers.join(",") : normalizeText(text);
  return key === "" ? undefined : { key, display: text };
}
