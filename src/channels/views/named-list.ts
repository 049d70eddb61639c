// Lists whose entries are matched by a normalised name (materials by name, addresses by place, fee
// items by name): records `{ <name>, ...attributes }`, bare names, or one text of names. The
// attributes an entry shows are read so that compare.ts can check those the channel prints.
import { isRecord } from "../../rules/access.js";
import { LIST_SEPARATORS, splitText } from "../../text/split.js";
import type { Entry, Scalar } from "./field-view.js";
import { withIndex } from "./list.js";
import { readText } from "./plain-text.js";

export function readNamedList(
  value: unknown,
  nameKey: string,
  attributes: readonly string[],
  readAttribute: (attribute: string, value: unknown) => Scalar | undefined,
): Entry[] | undefined {
  const entry = (item: unknown, index: number | undefined): Entry | undefined => {
    if (typeof item === "string" || typeof item === "number") {
      const name = readText(item);
      return name && withIndex(name, index);
    }
    if (!isRecord(item)) return undefined;
    const name = readText(item[nameKey]);
    if (!name) return undefined;
    const attrs: Record<string, Scalar> = {};
    for (const attribute of attributes) {
      const a = readAttribute(attribute, item[attribute]);
      if (a) attrs[attribute] = a;
    }
    const entry = withIndex(name, index);
    return Object.keys(attrs).length > 0 ? { ...entry, attrs } : entry;
  };
  if (typeof value === "string") {
    return splitText(value, LIST_SEPARATORS).flatMap((s) => entry(s, undefined) ?? []);
  }
  if (isRecord(value)) {
    const one = entry(value, undefined);
    return one ? [one] : undefined;
  }
  if (!Array.isArray(value)) return undefined;
  const out: Entry[] = [];
  value.forEach((item, i) => {
    const e = entry(item, i);
    if (e) out.push(e);
  });
  return out;
}
