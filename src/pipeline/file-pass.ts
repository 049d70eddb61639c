// The per-file pass: each file's outcome from the cache when it holds a current one, else checked
// here or on worker threads. Whatever the path, the outcomes come back in the files' order.
import { availableParallelism } from "node:os";
import type { FileSettings } from "../engine/settings.js";
import { displayPath } from "../source/display-path.js";
import { checkFile, type FileOutcome, type OutcomeNeeds, type RecordHook, type SourceRef } from "./file-outcome.js";
import { OutcomeCache } from "./outcome-cache.js";
import { checkInWorkers } from "./worker-pool.js";

/** `--concurrency`: a number of worker threads, `auto`, or `off` (0: this thread only). */
export type Concurrency = number | "auto" | "off";

export interface FilePassOptions {
  cwd: string;
  needs: OutcomeNeeds;
  cache?: OutcomeCache;
  concurrency?: Concurrency;
  onFile?: (done: number, total: number) => void;
  /** The library's hook on each record: it needs the parsed record, so the pass stays on this thread and skips the cache. */
  onRecord?: RecordHook;
}

// Below this many files to check, starting workers (each loads the engine and its schemas) costs
// more than it saves (bench: scripts/bench.mjs, "concurrency").
const AUTO_MIN_FILES = 2000;
const AUTO_MAX_WORKERS = 4;

/** How many workers a pass over `files` files uses. */
function workersFor(concurrency: Concurrency | undefined, files: number): number {
  if (concurrency === undefined || concurrency === "off" || concurrency === 0) return 0;
  if (concurrency === "auto") {
    const cores = availableParallelism();
    return files >= AUTO_MIN_FILES && cores > 1 ? Math.min(cores, AUTO_MAX_WORKERS) : 0;
  }
  return Math.max(0, Math.floor(concurrency));
}

// Synchronous reads on this thread: linting is CPU-bound anyway, and a sync read of a small file
// costs a tenth of a promise-based one. Every so often the loop yields, so a spinner keeps turning.
const YIELD_EVERY = 200;

export async function runFilePass(files: readonly string[], settings: readonly FileSettings[], options: FilePassOptions): Promise<FileOutcome[]> {
  const refs: SourceRef[] = files.map((filePath) => ({ file: displayPath(options.cwd, filePath), filePath }));
  const outcomes: Array<FileOutcome | undefined> = new Array(files.length);
  const cache = options.onRecord ? undefined : options.cache;
  const misses: number[] = [];
  const pendingMiss = new Map<number, Parameters<OutcomeCache["store"]>[2]>();
  const keys: string[] = [];
  if (cache) {
    const keyBySettings = new Map<FileSettings, string>();
    for (let i = 0; i < files.length; i++) {
      let key = keyBySettings.get(settings[i]);
      if (key === undefined) {
        key = OutcomeCache.keyOf(settings[i], options.needs);
        keyBySettings.set(settings[i], key);
      }
      keys[i] = key;
      const found = cache.lookup(files[i], key);
      if ("hit" in found) outcomes[i] = relocated(found.hit, refs[i]);
      else {
        misses.push(i);
        pendingMiss.set(i, found.miss);
      }
    }
  } else {
    for (let i = 0; i < files.length; i++) misses.push(i);
  }

  const done = files.length - misses.length;
  const workers = options.onRecord ? 0 : workersFor(options.concurrency, misses.length);
  if (workers > 0) {
    const checked = await checkInWorkers(
      misses.map((i) => refs[i]),
      misses.map((i) => settings[i]),
      options.needs,
      workers,
      options.onFile ? (n) => options.onFile?.(done + n, files.length) : undefined,
    );
    for (const [k, i] of misses.entries()) outcomes[i] = checked[k];
  } else {
    for (let k = 0; k < misses.length; k++) {
      const i = misses[k];
      outcomes[i] = checkFile(refs[i], settings[i], options.needs, pendingMiss.get(i)?.read, options.onRecord);
      options.onFile?.(done + k + 1, files.length);
      if (k % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (cache) for (const i of misses) cache.store(files[i], keys[i], pendingMiss.get(i)!, outcomes[i]!);
  return outcomes as FileOutcome[];
}

/**
 * A cached outcome, with the display paths of this run (the working directory may differ). The
 * cache hands out outcomes of its own, fresh from the file, so they are completed in place.
 */
function relocated(outcome: FileOutcome, ref: SourceRef): FileOutcome {
  outcome.result.file = ref.file;
  outcome.result.filePath = ref.filePath;
  if (outcome.facts) {
    outcome.facts.file = ref.file;
    outcome.facts.filePath = ref.filePath;
  }
  return outcome;
}
