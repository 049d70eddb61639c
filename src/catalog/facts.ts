// What the catalog-wide and channel rules need of each item, kept compact: a 100,000-item catalog
// holds these, never the parsed documents, nor the full views of its fields (~8 KB an item). Facts
// are plain JSON (no maps, no class instances) so that they can be cached on disk or sent to a worker.
import { detach } from "../text/detach.js";
import { COMPARED_FIELDS, type ComparedField } from "../channels/views/field-view.js";
import { keyedView, NO_RAW_HASH, packShape, rawHash, viewKey } from "../channels/views/keys.js";
import { viewField } from "../channels/views/view-field.js";
import { versionText } from "../channels/staleness.js";

/** A field as the facts keep it: its comparison key and how it reads. */
interface FactView {
  /** Equal iff the values are the same after normalisation (a long key is kept as its hash: see channels/views/keys.ts). */
  key: string;
  /** How the master writes it, for the catalog rules' messages. */
  display: string;
  /** Written as a YAML number (a code or phone that cannot keep its leading zeros). */
  number?: true;
}

export interface ItemFacts {
  /** Display path (relative, forward slashes) and absolute path of the master record. */
  file: string;
  filePath: string;
  code?: string;
  baseCode?: string;
  level?: string;
  region?: string;
  /** The master's `version` and `updatedAt` as written (numbers as their digits), when it has them: what a stale channel copy is told by. */
  version?: string;
  updatedAt?: string;
  /** Channels that must show the item, with their index in `publishedOn` (for positions). */
  publishedOn: string[];
  /** The key and display of each requested field present in the record. */
  views: Partial<Record<ComparedField, FactView>>;
  /**
   * The structure (list entries, limits, fee) of the fields that have one, keys only, packed
   * (channels/views/keys.ts): what the channel pass compares a channel record with.
   */
  shapes: Partial<Record<ComparedField, string>>;
  /**
   * The hash of each compared field's value as written (channels/views/keys.ts rawHash), 8
   * characters a field in COMPARED_FIELDS order, NO_RAW_HASH for one not requested or absent: a
   * channel showing the field exactly so needs no comparison.
   */
  rawHashes: string;
  /** Whether the file is among those the run was asked about (findings are reported only on those). */
  asked: boolean;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? detach(value.trim()) : undefined);

/**
 * `fields`: the fields whose views the run's rules need — all of them when channels are compared,
 * else a few (name, type, legal basis): building views is most of this function's cost.
 */
export function extractFacts(
  record: Record<string, unknown>,
  source: { file: string; filePath: string },
  asked: boolean,
  fields: readonly ComparedField[] = COMPARED_FIELDS,
  /** The fields whose display is kept (what catalog rules quote); default: every field. */
  displayFields: readonly ComparedField[] = fields,
): ItemFacts {
  const views: ItemFacts["views"] = {};
  const shapes: ItemFacts["shapes"] = {};
  const hashes = new Map<ComparedField, string>();
  for (const field of fields) {
    if (record[field] === undefined) continue;
    hashes.set(field, rawHash(record[field]));
    const view = viewField(field, record[field]);
    if (!view) continue;
    const key = detach(viewKey(view.key));
    // A display that reads as its key (codes, phones, many names) is kept once.
    // None at all when only the channel pass reads the field (it re-reads a mismatching master).
    const display = view.display === view.key ? key : displayFields.includes(field) ? detach(view.display) : "";
    views[field] = view.number ? { key, display, number: true } : { key, display };
    const shape = view.entries || view.limits || view.fee ? packShape(keyedView(view)) : undefined;
    if (shape !== undefined) shapes[field] = shape;
  }
  return {
    file: source.file,
    filePath: source.filePath,
    code: text(record.code),
    baseCode: text(record.baseCode),
    level: text(record.level),
    region: text(record.region) ?? (typeof record.region === "number" ? String(record.region) : undefined),
    ...versionFacts(record),
    publishedOn: Array.isArray(record.publishedOn) ? record.publishedOn.map((c) => (typeof c === "string" ? detach(c) : "")) : [],
    views,
    shapes,
    rawHashes: COMPARED_FIELDS.map((field) => hashes.get(field) ?? NO_RAW_HASH).join(""),
    asked,
  };
}

/** `version` and `updatedAt` when the record has them (only then: most records have neither, and facts stay small). */
function versionFacts(record: Record<string, unknown>): Pick<ItemFacts, "version" | "updatedAt"> {
  const out: Pick<ItemFacts, "version" | "updatedAt"> = {};
  const version = versionText(record.version);
  if (version !== undefined) out.version = detach(version);
  const updatedAt = versionText(record.updatedAt);
  if (updatedAt !== undefined) out.updatedAt = detach(updatedAt);
  return out;
}
