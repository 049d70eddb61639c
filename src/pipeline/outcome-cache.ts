// `--cache`: each file's outcome (findings before suppressions, facts, metric numbers), kept
// between runs and reused while the file, its settings, what the run needs of it and guidelint's
// version are unchanged. The catalog-wide and same-source rules always run again, on the facts, so
// a changed snapshot or basic catalog needs nothing invalidated. A cache that cannot be read or was
// written by something else is set aside with a warning, never trusted and never a crash.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
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

interface CacheFile {
  format: "guidelint-cache";
  formatVersion: 1;
  version: string;
  entries: Record<string, Entry>;
}

export type CacheProblem = "unreadable" | "foreign";

/** A lookup's answer: the outcome, or what was read on the way (so a miss does not read the file twice). */
export type Lookup = { hit: FileOutcome } | { miss: { read?: SourceRead; size: number; mtimeMs: number; hash?: string } };

export class OutcomeCache {
  private readonly entries: Map<string, Entry>;
  private changed = false;

  private constructor(
    private readonly options: CacheOptions,
    entries: Record<string, Entry>,
    /** Why the cache on disk was set aside, if it was. */
    readonly problem?: CacheProblem,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  static open(options: CacheOptions): OutcomeCache {
    let text: string;
    try {
      text = readFileSync(options.location, "utf8");
    } catch {
      return new OutcomeCache(options, {}); // no cache yet: a cold run
    }
    try {
      const data = JSON.parse(text) as Partial<CacheFile>;
      if (data.format !== "guidelint-cache" || data.formatVersion !== 1 || typeof data.entries !== "object" || data.entries === null) {
        return new OutcomeCache(options, {}, "foreign");
      }
      // Another version's findings may differ: start afresh, quietly (an upgrade is not a problem).
      return new OutcomeCache(options, data.version === options.version ? data.entries : {});
    } catch {
      return new OutcomeCache(options, {}, "unreadable");
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
    const hash = createHash("sha256").update(bytes).digest("hex");
    if (entry && entry.key === key && entry.hash === hash) {
      // Same bytes, new timestamp (a checkout, a touch): remember the new time for next time.
      if (entry.mtimeMs !== mtimeMs) {
        this.entries.set(filePath, { ...entry, mtimeMs, size });
        this.changed = true;
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
        hash = createHash("sha256").update(readFileSync(filePath)).digest("hex");
      } catch {
        return;
      }
    }
    this.entries.set(filePath, { size: miss.size, mtimeMs: miss.mtimeMs, hash, key, outcome });
    this.changed = true;
  }

  /** Forgets files that are no longer in the catalog (only after a run over the whole catalog). */
  keepOnly(filePaths: ReadonlySet<string>): void {
    for (const filePath of this.entries.keys()) {
      if (!filePaths.has(filePath)) {
        this.entries.delete(filePath);
        this.changed = true;
      }
    }
  }

  save(): void {
    if (!this.changed && this.problem === undefined) return;
    const data: CacheFile = { format: "guidelint-cache", formatVersion: 1, version: this.options.version, entries: Object.fromEntries(this.entries) };
    writeFileAtomic(this.options.location, JSON.stringify(data));
    this.changed = false;
  }
}
