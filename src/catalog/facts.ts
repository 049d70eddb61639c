// What the catalog-wide and channel rules need of each item, kept compact: a 100,000-item catalog
// holds these, never the parsed documents.
import { COMPARED_FIELDS, type ComparedField, type FieldView } from "../channels/views/field-view.js";
import { viewField } from "../channels/views/view-field.js";

export interface ItemFacts {
  /** Display path (relative, forward slashes) and absolute path of the master record. */
  file: string;
  filePath: string;
  code?: string;
  baseCode?: string;
  level?: string;
  region?: string;
  /** Channels that must show the item, with their index in `publishedOn` (for positions). */
  publishedOn: string[];
  /** The comparable form of each compared field present in the record. */
  views: Partial<Record<ComparedField, FieldView>>;
  /** Whether the file is among those the run was asked about (findings are reported only on those). */
  asked: boolean;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/**
 * `fields`: the fields whose views the run's rules need — all of them when channels are compared,
 * else a few (name, type, legal basis): building views is most of this function's cost.
 */
export function extractFacts(
  record: Record<string, unknown>,
  source: { file: string; filePath: string },
  asked: boolean,
  fields: readonly ComparedField[] = COMPARED_FIELDS,
): ItemFacts {
  const views: ItemFacts["views"] = {};
  for (const field of fields) {
    if (record[field] === undefined) continue;
    const view = viewField(field, record[field]);
    if (view) views[field] = view;
  }
  return {
    file: source.file,
    filePath: source.filePath,
    code: text(record.code),
    baseCode: text(record.baseCode),
    level: text(record.level),
    region: text(record.region) ?? (typeof record.region === "number" ? String(record.region) : undefined),
    publishedOn: Array.isArray(record.publishedOn) ? record.publishedOn.map((c) => (typeof c === "string" ? c : "")) : [],
    views,
    asked,
  };
}
