// Reading a channel's snapshot (guide-format.md, "Channel snapshots"): a folder of .yaml/.yml/.json
// files, each one record or a list of records, or one such file holding a list. Records come out one
// at a time, file by file in sorted order, so a large channel is never held whole; a file that cannot
// be read or parsed becomes a problem and the others go on. Nothing here throws.
import { readdirSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { parseDataText } from "../source/data-file.js";
import { problemLine, readSource, type SourceProblem } from "../source/read-source.js";
import { jsonListEntries, yamlListEntries } from "./list-entries.js";

export interface SnapshotRecord {
  code: string;
  record: Record<string, unknown>;
  filePath: string;
  /** [] for one record per file; [i] inside a list file */
  pathPrefix: (string | number)[];
}

export interface SnapshotProblem {
  filePath: string;
  pathPrefix: (string | number)[];
  problem: "unreadable" | "syntax" | "not-a-record" | "no-code";
  detail: string;
  /** 1-based line of a syntax error or of the first byte that is not UTF-8, when known. */
  line?: number;
  /** Why an unreadable file could not be read as text (not a file, UTF-16, GBK…), reported as for any item file. */
  source?: SourceProblem;
}

const EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

export function isSnapshotProblem(entry: SnapshotRecord | SnapshotProblem): entry is SnapshotProblem {
  return "problem" in entry;
}

/** A channel's snapshot: a folder of .yaml/.yml/.json files (each one record, or a list of records), or one such file holding a list. Files sorted; yields records one by one (never holds the whole channel). */
export function readSnapshot(location: string): Iterable<SnapshotRecord | SnapshotProblem> {
  return {
    [Symbol.iterator]: () => settledEntries(snapshotEntries(location)),
  };
}

/**
 * The snapshot's entries as they stream, with retractions (SnapshotRetraction): the channel pass
 * reads these, undoing what it kept of a retracted file. readSnapshot gives the settled entries.
 */
export function streamSnapshot(location: string): Iterable<SnapshotRecord | SnapshotProblem | SnapshotRetraction> {
  return {
    [Symbol.iterator]: () => snapshotEntries(location),
  };
}

/** Entries held back per file until the file is done, so that a retracted one is never given out. */
function* settledEntries(stream: Iterator<SnapshotRecord | SnapshotProblem | SnapshotRetraction>): Generator<SnapshotRecord | SnapshotProblem> {
  let file: string | undefined;
  let held: (SnapshotRecord | SnapshotProblem)[] = [];
  for (let next = stream.next(); !next.done; next = stream.next()) {
    const entry = next.value;
    if ("retract" in entry) {
      held = [];
      continue;
    }
    if (entry.filePath !== file) {
      yield* held;
      held = [];
      file = entry.filePath;
    }
    held.push(entry);
  }
  yield* held;
}

function* snapshotEntries(location: string): Generator<SnapshotRecord | SnapshotProblem | SnapshotRetraction> {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(location).isDirectory();
  } catch (error) {
    yield { filePath: location, pathPrefix: [], problem: "unreadable", detail: message(error) };
    return;
  }
  if (!isDirectory) {
    yield* fileEntries(location);
    return;
  }
  const { files, problems } = listFiles(location);
  yield* problems;
  for (const file of files) yield* fileEntries(file);
}

/** Snapshot files under a folder, recursively, sorted by path; hidden entries skipped, symlinked folders not followed. */
function listFiles(root: string): { files: string[]; problems: SnapshotProblem[] } {
  const files: string[] = [];
  const problems: SnapshotProblem[] = [];
  const visit = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ filePath: dir, pathPrefix: [], problem: "unreadable", detail: message(error) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && (entry.isFile() || isFileLink(entry, full))) files.push(full);
    }
  };
  visit(root);
  // Plain code-unit order, not the locale's: the same on every machine.
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, problems };
}

function isFileLink(entry: Dirent, full: string): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(full).isFile();
  } catch {
    return false;
  }
}

/**
 * Told after records of a file were already given out, when the file turns out not to read as
 * entry-by-entry reading assumed: forget that file's records; its entries (or its problem) follow.
 */
export interface SnapshotRetraction {
  retract: string;
}

/**
 * A list file is read entry by entry (list-entries.ts): each entry's slice is parsed, compared and
 * dropped, so a 100,000-record file is never one parsed document. Should an entry not parse alone,
 * the file is read whole as before, and what was given out of it is retracted first: the outcome
 * is always that of the whole-file reading.
 */
function* fileEntries(filePath: string): Generator<SnapshotRecord | SnapshotProblem | SnapshotRetraction> {
  // The same reader as the items': a GBK snapshot is "not UTF-8", never compared as garbled text.
  const read = readSource(filePath);
  if (!read.ok) {
    yield { filePath, pathPrefix: [], problem: "unreadable", detail: read.problem.kind, line: problemLine(read.problem), source: read.problem };
    return;
  }
  const json = path.extname(filePath).toLowerCase() === ".json";
  const entries = json ? jsonListEntries(read.text) : yamlListEntries(read.text);
  if (entries) {
    let given = 0;
    for (; given < entries.starts.length; given++) {
      const value = parseEntry(read.text.slice(entries.starts[given], entries.ends[given]), json);
      if (value === NOT_ALONE) break;
      yield toEntry(value, filePath, [given]);
    }
    if (given === entries.starts.length) return;
    if (given > 0) yield { retract: filePath };
  }
  yield* wholeFileEntries(read.text, filePath);
}

const NOT_ALONE = Symbol("not alone");

/** One entry's value, or NOT_ALONE when its slice does not parse to exactly one entry. */
function parseEntry(slice: string, json: boolean): unknown {
  try {
    if (json) return JSON.parse(slice);
    const value = load(slice, { schema: CORE_SCHEMA });
    return Array.isArray(value) && value.length === 1 ? value[0] : NOT_ALONE;
  } catch {
    return NOT_ALONE;
  }
}

function* wholeFileEntries(text: string, filePath: string): Generator<SnapshotRecord | SnapshotProblem> {
  const parsed = parseDataText(text, filePath);
  if (!parsed.ok) {
    yield { filePath, pathPrefix: [], problem: "syntax", detail: parsed.detail, line: parsed.line };
    return;
  }
  const value = parsed.value;

  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield toEntry(value[i], filePath, [i]);
  } else {
    yield toEntry(value, filePath, []);
  }
}

function toEntry(value: unknown, filePath: string, pathPrefix: (string | number)[]): SnapshotRecord | SnapshotProblem {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const what = value === undefined || value === null ? "empty" : Array.isArray(value) ? "a list" : typeof value;
    return { filePath, pathPrefix, problem: "not-a-record", detail: `expected a record (a mapping), found ${what}` };
  }
  const record = value as Record<string, unknown>;
  const code =
    typeof record.code === "string" ? record.code.trim() : typeof record.code === "number" && Number.isFinite(record.code) ? String(record.code) : "";
  if (code === "") return { filePath, pathPrefix, problem: "no-code", detail: "the record has no code" };
  return { code, record, filePath, pathPrefix };
}

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].trim();
}
