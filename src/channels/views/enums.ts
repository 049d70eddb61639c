// Enumerations (type, level, processing, subjects, a material's form, media, necessity, source):
// the id (any case) or the Chinese name as ENUM_LABELS gives it, compared after normalizeText (so
// 乡镇(街道)级 = 乡镇（街道）级). A text that names no value keys as text and differs from every id.
import { ENUM_LABELS } from "../../i18n/enum-labels.js";
import { normalizeText } from "../../text/normalize.js";
import { type Scalar, TEXT_KEY } from "./field-view.js";
import { scalarText } from "./plain-text.js";

// A few display variants of the same value that channels print, listed explicitly; nothing is guessed.
const ENUM_ALIASES: Record<string, Record<string, string>> = {
  form: { 原件及复印件: "original-and-copy", 原件与复印件: "original-and-copy" },
  media: { 纸质版: "paper", 电子版: "electronic" },
};

// Built on first use per field, then kept: every record of every channel looks values up here.
const enumTables = new Map<string, Map<string, string>>();

function enumTable(field: string): Map<string, string> {
  let table = enumTables.get(field);
  if (table) return table;
  table = new Map();
  for (const [id, label] of Object.entries(ENUM_LABELS[field] ?? {})) {
    table.set(normalizeText(id).toLowerCase(), id);
    table.set(normalizeText(label["zh-CN"]), id);
  }
  for (const [alias, id] of Object.entries(ENUM_ALIASES[field] ?? {})) table.set(normalizeText(alias), id);
  enumTables.set(field, table);
  return table;
}

function idOf(field: string, norm: string): string | undefined {
  const table = enumTable(field);
  return table.get(norm) ?? table.get(norm.toLowerCase());
}

/**
 * An enum value: key = its id; an unknown text keys as text (it differs from every id). An id
 * reads as its Chinese name (administrative-license → 行政许可), so a master's id and a channel's
 * Chinese name diff as words a maintainer knows.
 */
export function readEnum(field: string, value: unknown): Scalar | undefined {
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const norm = normalizeText(text);
  if (norm === "") return undefined;
  const id = idOf(field, norm);
  const label = id !== undefined && id === text ? ENUM_LABELS[field]?.[id]?.["zh-CN"] : undefined;
  return { key: id ?? TEXT_KEY + norm, display: label ?? text };
}
