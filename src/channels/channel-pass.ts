// One pass over each channel's snapshot: index its records by code and compare each with the
// master's compact views. Records stream through; only mismatches and locations are kept.
import { existsSync } from "node:fs";
import type { ItemFacts } from "../catalog/facts.js";
import { isBlank } from "../rules/access.js";
import type { JsonPath } from "../vocabulary.js";
import { compareViews } from "./compare.js";
import { COMPARED_FIELDS, type ComparedField } from "./views/field-view.js";
import { viewField } from "./views/view-field.js";
import { readSnapshot, type SnapshotProblem } from "./snapshot.js";

/** Where a channel record sits: its file, and its index when the file holds a list. */
interface ChannelRecordRef {
  filePath: string;
  pathPrefix: JsonPath;
}

/** A field a channel shows differently from the master, after normalisation. */
export interface ChannelMismatch {
  code: string;
  field: ComparedField;
  /** The channel's node at fault, and the master's node it differs from. */
  channelAt: ChannelRecordRef & { path: JsonPath };
  masterFilePath: string;
  masterPath: JsonPath;
  master: string;
  channel: string;
  missing: string[];
  extra: string[];
  /** An attribute of one list entry that differs (a material's media): the entry, and the attribute. */
  entry?: string;
  attribute?: string;
}

export interface ChannelComparison {
  id: string;
  path: string;
  exists: boolean;
  /** code → where the channel shows it (first occurrence). */
  records: Map<string, ChannelRecordRef>;
  mismatches: ChannelMismatch[];
  problems: SnapshotProblem[];
}

export function compareChannel(id: string, location: string, itemsByCode: ReadonlyMap<string, ItemFacts>): ChannelComparison {
  const comparison: ChannelComparison = { id, path: location, exists: existsSync(location), records: new Map(), mismatches: [], problems: [] };
  if (!comparison.exists) return comparison;
  for (const entry of readSnapshot(location)) {
    if ("problem" in entry) {
      comparison.problems.push(entry);
      continue;
    }
    const ref = { filePath: entry.filePath, pathPrefix: entry.pathPrefix };
    if (!comparison.records.has(entry.code)) comparison.records.set(entry.code, ref);
    const master = itemsByCode.get(entry.code);
    if (master) comparison.mismatches.push(...compareWithMaster(entry.code, entry.record, master, ref));
  }
  return comparison;
}

function compareWithMaster(code: string, record: Record<string, unknown>, master: ItemFacts, ref: ChannelRecordRef): ChannelMismatch[] {
  const out: ChannelMismatch[] = [];
  for (const field of COMPARED_FIELDS) {
    if (!Object.hasOwn(record, field) || isBlank(record[field])) continue;
    for (const m of compareViews(field, master.views[field], viewField(field, record[field]))) {
      out.push({
        code,
        field,
        channelAt: { ...ref, path: [...ref.pathPrefix, ...m.channelPath] },
        masterFilePath: master.filePath,
        masterPath: m.masterPath,
        master: m.master,
        channel: m.channel,
        missing: m.missing ?? [],
        extra: m.extra ?? [],
        entry: m.entry,
        attribute: m.attribute,
      });
    }
  }
  return out;
}
