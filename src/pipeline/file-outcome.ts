// What the pass keeps of one file: its findings (before suppressions are applied), the compact
// facts the catalog-wide rules need, and the numbers the metrics need. Plain data, so an outcome
// can be made in a worker thread, stored in the cache, or written by one CI shard and read by another.
import { extractFacts, type ItemFacts } from "../catalog/facts.js";
import type { ComparedField } from "../channels/views/field-view.js";
import { checkRecord, checkSource, type SourceLintResult } from "../engine/lint-source.js";
import type { FileResult, ToolError } from "../engine/result.js";
import type { FileSettings } from "../engine/settings.js";
import { extractMetricFacts, type ItemMetricFacts } from "../metrics/facts.js";
import { readSource, type SourceRead } from "../source/read-source.js";

export interface FileOutcome {
  result: FileResult;
  toolErrors: ToolError[];
  /** When the catalog-wide rules need facts and the file holds a record. */
  facts?: ItemFacts;
  /** When the metrics are counted and the record passes the schema (else the file is skipped by them). */
  metricFacts?: ItemMetricFacts;
}

/** What the run needs of each file besides its findings. */
export interface OutcomeNeeds {
  /** The fields whose views the facts carry; undefined: no facts at all (no catalog-wide rule runs). */
  fields?: readonly ComparedField[];
  /** Of those, the ones whose display the facts keep too (what the catalog rules quote). */
  displayFields?: readonly ComparedField[];
  metrics: boolean;
}

export interface SourceRef {
  /** Display path (relative to the working directory, forward slashes). */
  file: string;
  filePath: string;
}

/** Where a record came from, and whether it passes the schema (for the library's `onRecord` hook). */
export interface RecordSource extends SourceRef {
  schemaValid: boolean;
}

export type RecordHook = (record: Record<string, unknown>, source: RecordSource) => void;

/** Reads and checks one file; never throws for the file's sake (a broken file is a finding). */
export function checkFile(
  ref: SourceRef,
  settings: FileSettings,
  needs: OutcomeNeeds,
  read: SourceRead = readSource(ref.filePath),
  onRecord?: RecordHook,
): FileOutcome {
  return outcomeOf(checkSource(read, ref, settings), ref, settings, needs, onRecord);
}

/** A record that was never a file (an item of a platform export), checked as its YAML would be. */
export function checkRecordOutcome(
  record: Record<string, unknown>,
  ref: SourceRef,
  settings: FileSettings,
  needs: OutcomeNeeds,
  onRecord?: RecordHook,
): FileOutcome {
  return outcomeOf(checkRecord(record, ref, settings), ref, settings, needs, onRecord);
}

function outcomeOf(checked: SourceLintResult, ref: SourceRef, settings: FileSettings, needs: OutcomeNeeds, onRecord?: RecordHook): FileOutcome {
  const outcome: FileOutcome = { result: checked.result, toolErrors: checked.toolErrors };
  if (checked.record) {
    onRecord?.(checked.record, { ...ref, schemaValid: checked.schemaValid });
    if (needs.fields) outcome.facts = extractFacts(checked.record, ref, true, needs.fields, needs.displayFields);
    if (needs.metrics && checked.schemaValid) outcome.metricFacts = extractMetricFacts(checked.record, settings.unitFactors);
  }
  return outcome;
}
