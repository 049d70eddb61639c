// One pass over each channel's snapshot: index its records by code and compare each with the
// master's compact keys (channels/views/keys.ts). Records stream through; only mismatches and
// locations are kept. The few records that differ are compared again with the master's full views,
// read back from its file, for the displays and paths their messages show.
import { existsSync } from "node:fs";
import type { ItemFacts } from "../catalog/facts.js";
import { isBlank, isRecord } from "../rules/access.js";
import { parseDataText } from "../source/data-file.js";
import { readSource } from "../source/read-source.js";
import type { JsonPath } from "../vocabulary.js";
import { compareViews } from "./compare.js";
import { detach } from "../text/detach.js";
import { streamSnapshot, type SnapshotProblem } from "./snapshot.js";
import { type StaleCopy, staleCopy } from "./staleness.js";
import { COMPARED_FIELDS, type ComparedField, type FieldView } from "./views/field-view.js";
import { keyedView, RAW_HASH_WIDTH, sameRaw, unpackView, viewKey } from "./views/keys.js";
import { viewField } from "./views/view-field.js";

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

/** A channel record older than its master (same-source-stale): at most one per item and channel. */
export interface ChannelStale extends StaleCopy {
  code: string;
  /** The channel's `version` (or `updatedAt`) node, and the master's. */
  channelAt: ChannelRecordRef & { path: JsonPath };
  masterFilePath: string;
}

export interface ChannelComparison {
  id: string;
  path: string;
  exists: boolean;
  /** code → where the channel shows it (first occurrence). */
  records: Map<string, ChannelRecordRef>;
  mismatches: ChannelMismatch[];
  stale: ChannelStale[];
  problems: SnapshotProblem[];
}

export function compareChannel(id: string, location: string, itemsByCode: ReadonlyMap<string, ItemFacts>): ChannelComparison {
  const comparison: ChannelComparison = { id, path: location, exists: existsSync(location), records: new Map(), mismatches: [], stale: [], problems: [] };
  if (!comparison.exists) return comparison;
  const masters = masterViews();
  // What the current file gave, to undo should the reader retract it.
  let file: string | undefined;
  let fileCodes: string[] = [];
  let fileMismatches = 0;
  let fileStale = 0;
  let fileProblems = 0;
  for (const entry of streamSnapshot(location)) {
    if ("retract" in entry) {
      for (const code of fileCodes) comparison.records.delete(code);
      comparison.mismatches.length = fileMismatches;
      comparison.stale.length = fileStale;
      comparison.problems.length = fileProblems;
      fileCodes = [];
      continue;
    }
    if (entry.filePath !== file) {
      file = entry.filePath;
      fileCodes = [];
      fileMismatches = comparison.mismatches.length;
      fileStale = comparison.stale.length;
      fileProblems = comparison.problems.length;
    }
    if ("problem" in entry) {
      comparison.problems.push(entry);
      continue;
    }
    const master = itemsByCode.get(entry.code);
    const ref = { filePath: entry.filePath, pathPrefix: entry.pathPrefix };
    const first = !comparison.records.has(entry.code);
    if (first) {
      // The master's string for the code, when there is one: 100,000 codes are kept once, not per
      // channel, and none keeps the snapshot's text alive (detach.ts).
      const code = master?.code ?? detach(entry.code);
      comparison.records.set(code, ref);
      fileCodes.push(code);
    }
    if (master?.code) {
      compareWithMaster(master.code, entry.record, master, ref, masters, comparison.mismatches);
      // Once per item and channel: a second copy of the code in the snapshot is not a second finding.
      const stale = first && (master.version !== undefined || master.updatedAt !== undefined) ? staleCopy(master, entry.record) : undefined;
      if (stale) {
        comparison.stale.push({
          ...stale,
          master: detach(stale.master),
          channel: detach(stale.channel),
          code: master.code,
          channelAt: { ...ref, path: [...ref.pathPrefix, stale.by] },
          masterFilePath: master.filePath,
        });
      }
    }
  }
  return comparison;
}

function compareWithMaster(
  code: string,
  record: Record<string, unknown>,
  master: ItemFacts,
  ref: ChannelRecordRef,
  masters: ReturnType<typeof masterViews>,
  out: ChannelMismatch[],
): void {
  for (let i = 0; i < COMPARED_FIELDS.length; i++) {
    const field = COMPARED_FIELDS[i];
    if (!Object.hasOwn(record, field) || isBlank(record[field])) continue;
    // Written exactly as the master writes it: the same view, so the same.
    if (sameRaw(master.rawHashes, i * RAW_HASH_WIDTH, record[field])) continue;
    const shown = viewField(field, record[field]);
    if (!shown || !differs(field, master, shown)) continue;
    for (const m of compareViews(field, masters.view(master.filePath, field), shown)) {
      out.push({
        code,
        field,
        channelAt: { ...ref, path: [...ref.pathPrefix, ...m.channelPath] },
        masterFilePath: master.filePath,
        masterPath: m.masterPath,
        // Kept to the end of the run: copies, not slices of the snapshot's or the master's text.
        master: detach(m.master),
        channel: detach(m.channel),
        missing: (m.missing ?? []).map(detach),
        extra: (m.extra ?? []).map(detach),
        entry: m.entry === undefined ? undefined : detach(m.entry),
        attribute: m.attribute,
      });
    }
  }
}

// The fields compareViews compares part by part; any other is one scalar, the same when its keys are.
const STRUCTURED = new Set<ComparedField>(["subjects", "legalBasis", "materials", "address", "timeLimit", "fee", "conditions", "process"]);

/** Whether the channel's view may differ from the master's, decided on the keys alone. */
function differs(field: ComparedField, master: ItemFacts, shown: FieldView): boolean {
  const kept = master.views[field];
  if (kept && !STRUCTURED.has(field) && viewKey(shown.key) === kept.key) return false;
  // A fee shown as free text is matched against texts composed from the master's parts: the keys
  // alone cannot say, so the full views decide.
  if (field === "fee" && shown.fee?.text) return true;
  const masterView = kept ? unpackView(kept.key, kept.number, master.shapes[field]) : undefined;
  return compareViews(field, masterView, keyedView(shown)).length > 0;
}

// Masters read back for their full views: the last few, as a record's mismatching fields come together.
const KEPT_MASTERS = 64;

/**
 * A master record's full view of a field, read again from its file: what its facts were built
 * from (YAML 1.2 core through js-yaml, as the item pass reads a clean file; a valid file with
 * anchors, which that pass reads with the `yaml` package, gives the same record).
 */
function masterViews() {
  const records = new Map<string, Record<string, unknown> | undefined>();
  const read = (filePath: string): Record<string, unknown> | undefined => {
    if (records.has(filePath)) return records.get(filePath);
    const source = readSource(filePath);
    const parsed = source.ok ? parseDataText(source.text, filePath) : undefined;
    const record = parsed?.ok && isRecord(parsed.value) ? parsed.value : undefined;
    if (records.size >= KEPT_MASTERS) records.delete(records.keys().next().value as string);
    records.set(filePath, record);
    return record;
  };
  return {
    view(filePath: string, field: ComparedField): FieldView | undefined {
      const record = read(filePath);
      return record && record[field] !== undefined ? viewField(field, record[field]) : undefined;
    },
  };
}
