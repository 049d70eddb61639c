// Which files a run checks: paths, folders and globs from the command line, or the config's
// catalog globs, minus its ignores. Sorted, so output and baselines are deterministic.
import { statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import picomatch from "picomatch";
import { UsageError } from "../errors.js";
import type { ResolvedConfig } from "../config/types.js";

const ITEM_EXTENSIONS = "{yaml,yml}";
/** Never catalog items: dependencies, VCS data, and the reference lists and channel snapshots of the default layout. */
const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
const DEFAULT_LAYOUT_IGNORED = ["**/reference/**", "**/snapshots/**"];

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

export interface DiscoverOptions {
  cwd: string;
  config: ResolvedConfig;
  /** Paths given on the command line; empty: the config's catalog, else ./catalog. */
  paths: string[];
}

/** Absolute paths of the files to check, sorted. Throws UsageError when a given path matches nothing. */
export async function discoverFiles({ cwd, config, paths }: DiscoverOptions): Promise<string[]> {
  const base = fg.convertPathToPattern(config.baseDir);
  const ignore = [...ALWAYS_IGNORED, ...config.ignore.map((g) => anchored(base, g))];
  const found = new Set<string>();
  if (paths.length === 0) {
    const patterns = config.catalog
      ? config.catalog.map((g) => anchored(base, g))
      : [`${fg.convertPathToPattern(path.resolve(cwd, "catalog"))}/**/*.${ITEM_EXTENSIONS}`];
    const extraIgnore = config.catalog ? [] : DEFAULT_LAYOUT_IGNORED;
    for (const file of await fg(patterns, { absolute: true, onlyFiles: true, ignore: [...ignore, ...extraIgnore] })) {
      found.add(path.resolve(file));
    }
    return [...found].sort();
  }
  const isIgnored = picomatch(ignore, { dot: true });
  for (const given of paths) {
    const matches = await expand(given, cwd, ignore);
    if (matches.length === 0) throw new UsageError("noFilesMatched", { pattern: given });
    // A file named explicitly is checked even if a catalog-wide ignore would skip it.
    for (const file of matches) if (matches.length === 1 || !isIgnored(toPosix(file))) found.add(path.resolve(file));
  }
  return [...found].sort();
}

/** A config glob made absolute: the folder part escaped, the glob part kept. */
function anchored(base: string, glob: string): string {
  const posix = glob.replace(/\\/g, "/");
  if (path.isAbsolute(glob)) return posix;
  return `${base}/${posix.replace(/^\.\//, "")}`;
}

async function expand(given: string, cwd: string, ignore: string[]): Promise<string[]> {
  const absolute = path.resolve(cwd, given);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(absolute);
  } catch {
    stats = undefined;
  }
  if (stats?.isFile()) return [absolute];
  const pattern = stats?.isDirectory()
    ? `${fg.convertPathToPattern(absolute)}/**/*.${ITEM_EXTENSIONS}`
    : // A glob: on Windows users type backslashes, which fast-glob reads as escapes.
      toPosix(path.isAbsolute(given) ? given : path.join(cwd, given)).replace(/\\/g, "/");
  const extraIgnore = stats?.isDirectory() ? DEFAULT_LAYOUT_IGNORED : [];
  return fg(pattern, { absolute: true, onlyFiles: true, ignore: [...ignore, ...extraIgnore] });
}
