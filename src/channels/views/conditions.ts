// conditions (受理条件): a list of texts, or one text of conditions a channel shows joined by
// line breaks or ；. A set: matched by normalised text, independent of order. The numbering a
// page puts before each condition (1. / （一） / 一、) is how it is shown, not what it says.
import { LIST_SEPARATORS, splitText } from "../../text/split.js";
import type { Entry } from "./field-view.js";
import { withIndex } from "./list.js";
import { readText } from "./plain-text.js";

const NUMBERING = /^(?:[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．:：])\s*/u;

function condition(value: unknown, index: number | undefined): Entry | undefined {
  if (typeof value !== "string") return undefined;
  const text = readText(value.trim().replace(NUMBERING, ""));
  return text && withIndex({ key: text.key, display: value.trim() }, index);
}

export function readConditions(value: unknown): Entry[] | undefined {
  if (typeof value === "string") return splitText(value, LIST_SEPARATORS).flatMap((part) => condition(part, undefined) ?? []);
  if (!Array.isArray(value)) return undefined;
  const out: Entry[] = [];
  value.forEach((item, i) => {
    const entry = condition(item, i);
    if (entry) out.push(entry);
  });
  return out;
}
