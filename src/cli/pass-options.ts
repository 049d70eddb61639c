// --cache, --cache-location, --cache-strategy and --concurrency, read into the library's options.
import path from "node:path";
import type { LintOptions } from "../api.js";
import { UsageError } from "../errors.js";

export interface PassOptionValues {
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: string;
  concurrency?: string;
}

const DEFAULT_CACHE_FILE = ".guidelintcache";

export function passSettings(cwd: string, version: string, options: PassOptionValues): Pick<LintOptions, "cache" | "concurrency" | "version"> {
  const strategy = options.cacheStrategy ?? "metadata";
  if (strategy !== "metadata" && strategy !== "content") throw new UsageError("badCacheStrategy", { value: strategy });
  const cache =
    options.cache || options.cacheLocation !== undefined
      ? { location: path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE), strategy: strategy as "metadata" | "content", version }
      : undefined;
  return { cache, concurrency: parseConcurrency(options.concurrency ?? "auto"), version };
}

function parseConcurrency(value: string): NonNullable<LintOptions["concurrency"]> {
  if (value === "auto" || value === "off") return value;
  if (/^\d+$/.test(value) && Number(value) <= 64) return Number(value);
  throw new UsageError("badConcurrency", { value });
}
