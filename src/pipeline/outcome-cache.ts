// `--cache`: each file's outcome (findings before suppressions, facts, metric numbers), kept
// between runs and reused while the file, its settings, what the run needs of it and guidelint's
// version are unchanged. The catalog-wide and same-source rules always run again, on the facts, so
// a changed snapshot or basic catalog needs nothing invalidated. A cache that cannot be read or was
// written by something else is set aside with a warning, never trusted and never a crash.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../fix/write-atomic.js";
import type { FileSettings } from "../engine/settings.js";
import { decodeSource, type SourceRead } from "../source/read-source.js";
import type { FileOutcome, OutcomeNeeds } from "./file-outcome.js";
import { settingsKey } from "./settings-wire.js";

type CacheStrategy = "metadata" | "content";

export interface CacheOptions {
  /** The cache file (absolute). */
  location: string;
  /** metadata: a file whose size and modification time are unchanged is reused unread; content: its bytes must hash the same. */
  strategy: CacheStrategy;
  version: string;
}

interface Entry {
  size: number;
  mtimeMs: number;
  hash: string;
  /** Digest of the file's settings and of what the run needed of it. */
  key: string;
  outcome: FileOutcome;
}

// On disk, compact (a province catalog has 100,000 entries, read at every warm run): the keys once
// in a table, each file as one array, outcomes without the paths and empty lists they can regain.
type PackedEntry = [filePath: string, size: number, mtimeMs: number, hash: string, key: number, outcome: PackedOutcome];
type PackedOutcome = Omit<FileOutcome, "result" | "toolErrors" | "facts"> & {
  result?: Partial<Omit<FileOutcome["result"], "file" | "filePath">>;
  toolErrors?: FileOutcome["toolErrors"];
  facts?: Omit<NonNullable<FileOutcome["facts"]>, "file" | "filePath">;
};

interface CacheFile {
  format: "guidelint-cache";
  formatVersion: 3;
  version: string;
  keys: string[];
  files: PackedEntry[];
}

export type CacheProblem = "unreadable" | "foreign";

/** A lookup's answer: the outcome, or what was read on the way (so a miss does not read the file twice). */
export type Lookup = { hit: FileOutcome } | { miss: { read?: SourceRead; size: number; mtimeMs: number; hash?: string } };

export class OutcomeCache {
  private readonly entries: Map<string, Entry>;
  /** Entries added, refreshed or dropped since the cache was read or last saved. */
  private changes = 0;

  private constructor(
    private readonly options: CacheOptions,
    entries: Map<string, Entry>,
    /** Why the cache on disk was set aside, if it was. */
    readonly problem?: CacheProblem,
  ) {
    this.entries = entries;
  }

  static open(options: CacheOptions): OutcomeCache {
    let text: string;
    try {
      text = readFileSync(options.location, "utf8");
    } catch {
      return new OutcomeCache(options, new Map()); // no cache yet: a cold run
    }
    try {
      const data = JSON.parse(text) as Partial<CacheFile>;
      if (data.format !== "guidelint-cache" || !Array.isArray(data.files) || !Array.isArray(data.keys)) return new OutcomeCache(options, new Map(), "foreign");
      // Another version's (or format's) findings may differ: start afresh, quietly (an upgrade is not a problem).
      if (data.version !== options.version || data.formatVersion !== 3) return new OutcomeCache(options, new Map());
      const keys = data.keys;
      return new OutcomeCache(options, new Map(data.files.map((packed) => [packed[0], unpack(packed, keys)])));
    } catch {
      return new OutcomeCache(options, new Map(), "unreadable");
    }
  }

  static keyOf(settings: FileSettings, needs: OutcomeNeeds): string {
    return createHash("sha256").update(settingsKey(settings)).update(JSON.stringify(needs)).digest("hex");
  }

  lookup(filePath: string, key: string): Lookup {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(filePath);
    } catch {
      return { miss: { size: -1, mtimeMs: -1 } };
    }
    const entry = this.entries.get(filePath);
    const { size, mtimeMs } = stat;
    if (entry && entry.key === key && this.options.strategy === "metadata" && entry.size === size && entry.mtimeMs === mtimeMs) return { hit: entry.outcome };
    let bytes: Uint8Array;
    try {
      bytes = stat.isFile() ? readFileSync(filePath) : new Uint8Array();
    } catch {
      return { miss: { size, mtimeMs } };
    }
    const hash = contentHash(bytes);
    if (entry && entry.key === key && entry.hash === hash) {
      // Same bytes, new timestamp (a checkout, a touch): remember the new time for next time.
      if (entry.mtimeMs !== mtimeMs) {
        this.entries.set(filePath, { ...entry, mtimeMs, size });
        this.changes++;
      }
      return { hit: entry.outcome };
    }
    return { miss: { read: stat.isFile() ? decodeSource(bytes) : undefined, size, mtimeMs, hash } };
  }

  store(filePath: string, key: string, miss: Extract<Lookup, { miss: unknown }>["miss"], outcome: FileOutcome): void {
    if (miss.size < 0) return; // the file vanished: nothing to key it by
    let hash = miss.hash;
    if (hash === undefined) {
      try {
        hash = contentHash(readFileSync(filePath));
      } catch {
        return;
      }
    }
    this.entries.set(filePath, { size: miss.size, mtimeMs: miss.mtimeMs, hash, key, outcome });
    this.changes++;
  }

  /** Forgets files that are no longer in the catalog (only after a run over the whole catalog). */
  keepOnly(filePaths: ReadonlySet<string>): void {
    for (const filePath of this.entries.keys()) {
      if (!filePaths.has(filePath)) {
        this.entries.delete(filePath);
        this.changes++;
      }
    }
  }

  /**
   * Whether a run over part of the catalog should write the cache: rewriting 100,000 entries
   * (~90 MB) for the one file a pre-commit hook checked costs more than checking that file again
   * next time, so a small change waits for a larger run (a stale entry is never used: its key or
   * hash differs).
   */
  worthSavingAfterPart(): boolean {
    return this.problem !== undefined || this.changes > Math.max(50, this.entries.size / 100);
  }

  /** Writes the cache; throws when it cannot (the caller warns: a run does not fail for its cache). */
  save(): void {
    if (this.changes === 0 && this.problem === undefined) return;
    const keys = new Map<string, number>();
    const files: PackedEntry[] = [];
    for (const [filePath, entry] of this.entries) {
      let key = keys.get(entry.key);
      if (key === undefined) {
        key = keys.size;
        keys.set(entry.key, key);
      }
      files.push([filePath, entry.size, entry.mtimeMs, entry.hash, key, packOutcome(entry.outcome)]);
    }
    const data: CacheFile = { format: "guidelint-cache", formatVersion: 3, version: this.options.version, keys: [...keys.keys()], files };
    mkdirSync(path.dirname(this.options.location), { recursive: true });
    writeFileAtomic(this.options.location, JSON.stringify(data));
    this.changes = 0;
  }
}

/** 128 bits of SHA-256: ample to tell two versions of one file apart, and half the bytes on disk. */
function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("base64url").slice(0, 22);
}

function packOutcome({ result, toolErrors, facts, ...rest }: FileOutcome): PackedOutcome {
  const { file: _file, filePath: _filePath, findings, ...packedResult } = result;
  const packed: PackedOutcome = { ...rest, result: findings.length > 0 ? { ...packedResult, findings } : packedResult };
  if (toolErrors.length > 0) packed.toolErrors = toolErrors;
  if (facts) {
    const { file: _f, filePath: _p, ...packedFacts } = facts;
    packed.facts = packedFacts;
  }
  return packed;
}

/** An entry as the run uses it; the paths are filled in when its outcome is reused (file-pass.ts). */
function unpack([filePath, size, mtimeMs, hash, key, packed]: PackedEntry, keys: readonly string[]): Entry {
  const { result, toolErrors, facts, ...rest } = packed;
  const outcome: FileOutcome = { ...rest, result: { file: "", filePath, findings: [], ...result }, toolErrors: toolErrors ?? [] };
  if (facts) outcome.facts = { file: "", filePath, ...facts };
  return { size, mtimeMs, hash, key: keys[key], outcome };
}
