// materials: `{ name, form?, media?, copies?, necessity?, source?, eLicense? }` or bare names,
// matched by normalised name (a multiset). The attributes are compared where the channel shows
// them: enums as ids or Chinese names, copies as a count (1份 = 一份 = 1), eLicense as yes/no.
import { normalizeText } from "../../text/normalize.js";
import { readCount } from "./count.js";
import { readEnum } from "./enums.js";
import { type Entry, type Scalar, TEXT_KEY } from "./field-view.js";
import { readNamedList } from "./named-list.js";
import { scalarText } from "./plain-text.js";

export const MATERIAL_ATTRIBUTES = ["form", "media", "copies", "necessity", "source", "eLicense"] as const;
type MaterialAttribute = (typeof MATERIAL_ATTRIBUTES)[number];

const YES = new Set(["是", "true", "yes"]);
const NO = new Set(["否", "false", "no"]);

/** Yes/no as a value or a word (是/否, true/false). */
export function readBoolean(value: unknown): Scalar | undefined {
  if (typeof value === "boolean") return { key: String(value), display: String(value) };
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const norm = normalizeText(text).toLowerCase();
  if (norm === "") return undefined;
  return { key: YES.has(norm) ? "true" : NO.has(norm) ? "false" : TEXT_KEY + norm, display: text };
}

function readMaterialAttribute(attribute: MaterialAttribute, value: unknown): Scalar | undefined {
  if (attribute === "copies") return readCount(value, "份");
  if (attribute === "eLicense") return readBoolean(value);
  return readEnum(attribute, value);
}

export function readMaterials(value: unknown): Entry[] | undefined {
  return readNamedList(value, "name", MATERIAL_ATTRIBUTES, (a, v) => readMaterialAttribute(a as MaterialAttribute, v));
}
