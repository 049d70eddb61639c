// Baselines: today's findings of a legacy catalog, recorded so that CI fails only on new ones.
// Findings are keyed by what survives edits and reordering — the item's code (else its file), the
// rule, the JSON path and the message id — never by line number; equal keys are counted.
import { UsageError } from "../errors.js";
import { formatPath } from "../i18n/field-labels.js";
import { readRequiredSource } from "../source/read-required.js";
import type { MessageValue } from "../vocabulary.js";
import { type BaselineEntry, type FileResult, type Finding, type LintResult, summarize } from "./result.js";

export type { BaselineEntry };

export const DEFAULT_BASELINE_FILE = ".guidelint-baseline.json";

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

type Identity = Omit<BaselineEntry, "count">;

function identityOf(file: FileResult, finding: Finding): Identity {
  return { item: finding.itemCode ?? file.itemCode ?? file.file, rule: finding.ruleId, path: formatPath(finding.path), messageId: finding.messageId };
}

const keyOf = (id: Identity) => JSON.stringify([id.item, id.rule, id.path, id.messageId]);

/** The key a baseline matches a finding by: what `report --compare` matches two periods' findings by. */
export function findingKey(file: FileResult, finding: Finding): string {
  return keyOf(identityOf(file, finding));
}

function compareEntries(a: Identity, b: Identity): number {
  for (const field of ["item", "rule", "path", "messageId"] as const) {
    if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
  }
  return 0;
}

/** Every finding of the run (suppressed ones are already accounted for), counted by identity, sorted. */
export function createBaseline(results: readonly FileResult[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const file of results) {
    for (const finding of [...file.findings, ...(file.baselined ?? [])]) {
      const id = identityOf(file, finding);
      const key = keyOf(id);
      const entry = entries.get(key);
      if (entry) entry.count++;
      else entries.set(key, { ...id, count: 1 });
    }
  }
  return { version: 1, entries: [...entries.values()].sort(compareEntries) };
}

/** Stable text: one entry per line, fixed key order, so a baseline update diffs line by line. */
export function serializeBaseline(baseline: Baseline): string {
  const lines = baseline.entries.map((e) => JSON.stringify({ item: e.item, rule: e.rule, path: e.path, messageId: e.messageId, count: e.count }));
  return `{\n  "version": 1,\n  "entries": [${lines.length ? `\n    ${lines.join(",\n    ")}\n  ` : ""}]\n}\n`;
}

/** Reads a baseline; throws an Error whose message says what is wrong. */
/** The baseline file of a run (`--baseline`); a file that cannot be read or parsed is exit 2. */
export function readBaselineFile(filePath: string, shown: string): Baseline {
  const fail = (detail: MessageValue) => new UsageError("baselineUnreadable", { file: shown, detail });
  const { text } = readRequiredSource(filePath, fail);
  try {
    return parseBaseline(text);
  } catch (error) {
    throw fail((error as Error).message);
  }
}

export function parseBaseline(text: string): Baseline {
  const data = JSON.parse(text) as Partial<Baseline>;
  if (data?.version !== 1 || !Array.isArray(data.entries)) throw new Error('expected { "version": 1, "entries": [...] }');
  for (const [i, e] of data.entries.entries()) {
    const ok =
      e &&
      ["item", "rule", "path", "messageId"].every((k) => typeof (e as unknown as Record<string, unknown>)[k] === "string") &&
      Number.isInteger(e.count) &&
      e.count > 0;
    if (!ok) throw new Error(`entry ${i + 1} needs item, rule, path, messageId (texts) and count (a whole number > 0)`);
  }
  return { version: 1, entries: data.entries };
}

/**
 * Moves findings the baseline records into `baselined` (out of the exit code, still countable), up
 * to each entry's count: a second copy of a recorded defect is new. `stale` lists what the baseline
 * records but the run no longer found, with the unmatched count, so it can be pruned.
 */
export function applyBaseline<R extends LintResult>(result: R, baseline: Baseline): R & { staleBaseline: BaselineEntry[] } {
  const remaining = new Map(baseline.entries.map((e) => [keyOf(e), { ...e }]));
  const results = result.results.map((file) => {
    const kept: Finding[] = [];
    const baselined: Finding[] = [...(file.baselined ?? [])];
    for (const finding of file.findings) {
      const entry = remaining.get(keyOf(identityOf(file, finding)));
      if (entry && entry.count > 0) {
        entry.count--;
        baselined.push(finding);
      } else {
        kept.push(finding);
      }
    }
    return baselined.length > 0 ? { ...file, findings: kept, baselined } : file;
  });
  const staleBaseline = [...remaining.values()].filter((e) => e.count > 0);
  return { ...result, results, summary: summarize(results), staleBaseline };
}

/** `item rule path messageId ×count`, for the stale list on stderr. */
export function describeEntry(entry: BaselineEntry): string {
  return `${entry.item} ${entry.rule} ${entry.path} ${entry.messageId}${entry.count > 1 ? ` ×${entry.count}` : ""}`;
}
