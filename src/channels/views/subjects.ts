// subjects: ids or Chinese names (自然人, 法人, 非法人组织), as a list or one text (自然人、法人).
import { splitText } from "../../text/split.js";
import { readEnum } from "./enums.js";
import type { Entry } from "./field-view.js";
import { withIndex } from "./list.js";

// A channel writes several subjects in one text with any list punctuation or a space between them.
const SUBJECT_SEPARATORS = "、，,;；/／ \t\n\r\u3000";

export function readSubjects(value: unknown): Entry[] | undefined {
  if (typeof value !== "string" && !Array.isArray(value)) return undefined;
  const items: Array<[unknown, number | undefined]> =
    typeof value === "string" ? splitText(value, SUBJECT_SEPARATORS).map((s) => [s, undefined]) : value.map((v, i) => [v, i]);
  const out: Entry[] = [];
  for (const [item, index] of items) {
    const s = readEnum("subjects", item);
    if (s) out.push(withIndex(s, index));
  }
  return out;
}
