// Which files a run checks: paths, folders and globs from the command line, or the config's
// catalog globs, minus its ignores. Sorted, so output and baselines are deterministic.
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import picomatch from "picomatch";
import { UsageError } from "../errors.js";
import type { ResolvedConfig } from "../config/types.js";
import { countBraceAlternatives } from "./brace-count.js";

const ITEM_EXTENSIONS = "{yaml,yml}";
/** Never catalog items: dependencies, VCS data, and the reference lists and channel snapshots of the default layout. */
const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
const DEFAULT_LAYOUT_IGNORED = ["**/reference/**", "**/snapshots/**"];
/** Longer than any path a file system holds (PATH_MAX is 4096); picomatch refuses 65,536 with a bare error. */
const MAX_PATTERN_LENGTH = 4096;
/** `{a,b}` 24 times is 16 million globs for fast-glob; no catalog layout needs more than this many. */
const MAX_BRACE_ALTERNATIVES = 4096;

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

export interface DiscoverOptions {
  cwd: string;
  config: ResolvedConfig;
  /** Paths given on the command line; empty: the config's catalog, else ./catalog. */
  paths: string[];
  /** Called for each file named on the command line that the config's `ignore` skips. */
  onIgnored?: (file: string) => void;
}

/** Absolute paths of the files to check, sorted. Throws UsageError when a given path or a config glob matches nothing. */
export async function discoverFiles({ cwd, config, paths, onIgnored }: DiscoverOptions): Promise<string[]> {
  const base = fg.convertPathToPattern(config.baseDir);
  for (const glob of [...(config.catalog ?? []), ...config.ignore, ...paths]) checkPattern(glob);
  // Anchored at the config's folder, as the config's own globs are: matched against absolute paths,
  // `**/node_modules/**` would skip everything of a copy installed under node_modules.
  const always = ALWAYS_IGNORED.map((g) => anchored(base, g));
  const configIgnore = config.ignore.map((g) => anchored(base, g));
  const ignore = [...always, ...configIgnore];
  const found = new Map<string, string>();
  if (paths.length === 0) {
    if (config.catalog) {
      const positive = config.catalog.filter((g) => !g.startsWith("!"));
      const negated = config.catalog.filter((g) => g.startsWith("!")).map((g) => anchored(base, g.slice(1)));
      for (const glob of positive) {
        const files = await fg(anchored(base, glob), { absolute: true, onlyFiles: true, ignore: [...ignore, ...negated] });
        // A misspelt folder would otherwise check 0 files and keep a CI job green.
        if (files.length === 0) throw new UsageError("catalogGlobMatchedNothing", { pattern: glob, file: configShown(cwd, config) });
        for (const file of files) add(found, file);
      }
    } else {
      const catalog = fg.convertPathToPattern(path.resolve(cwd, "catalog"));
      const extraIgnore = DEFAULT_LAYOUT_IGNORED.map((g) => anchored(catalog, g));
      for (const file of await fg(`${catalog}/**/*.${ITEM_EXTENSIONS}`, { absolute: true, onlyFiles: true, ignore: [...ignore, ...extraIgnore] })) {
        add(found, file);
      }
    }
    return sorted(found);
  }
  const isAlwaysIgnored = picomatch(always, { dot: true });
  const isConfigIgnored = configIgnore.length > 0 ? picomatch(configIgnore, { dot: true }) : () => false;
  for (const given of paths) {
    const matches = await expand(given, cwd, always);
    if (matches.length === 0) throw new UsageError("noFilesMatched", { pattern: given });
    for (const file of matches) {
      const posix = toPosix(file);
      if (matches.length > 1 && isAlwaysIgnored(posix)) continue;
      // The config's `ignore` holds for named files too (a pre-commit hook names every changed
      // file, snapshots and lists among them); each one skipped is said, as ESLint does.
      if (isConfigIgnored(posix)) {
        if (matches.length === 1) onIgnored?.(file);
        continue;
      }
      add(found, file);
    }
  }
  return sorted(found);
}

/** Keyed by the real path: a symlink (or a loop of them) reaches the same file twice, which is one file. */
function add(found: Map<string, string>, file: string): void {
  const absolute = path.resolve(file);
  let real = absolute;
  try {
    real = realpathSync(absolute);
  } catch {
    // A dangling link: kept under its own path, the reader says what is wrong with it.
  }
  const known = found.get(real);
  if (known === undefined || absolute < known) found.set(real, absolute);
}

function sorted(found: Map<string, string>): string[] {
  return [...found.values()].sort();
}

function configShown(cwd: string, config: ResolvedConfig): string {
  return config.configFile ? toPosix(path.relative(cwd, config.configFile)) || config.configFile : "guidelint.config.yaml";
}

/** Exit 2 before a pattern reaches picomatch or fast-glob with a length or an expansion they cannot take. */
function checkPattern(glob: string): void {
  if (glob.length > MAX_PATTERN_LENGTH) {
    throw new UsageError("patternTooLong", { pattern: `${glob.slice(0, 60)}…`, length: glob.length, max: MAX_PATTERN_LENGTH });
  }
  // Counted, never expanded: the count of a bomb is a number, its expansion is not.
  const count = countBraceAlternatives(glob, Number.MAX_SAFE_INTEGER);
  if (count > MAX_BRACE_ALTERNATIVES) throw new UsageError("braceExpansionTooLarge", { pattern: glob, count, max: MAX_BRACE_ALTERNATIVES });
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
  // A file named explicitly is checked even under node_modules; any non-folder that exists (a
  // FIFO among them) goes to the reader, which refuses what is not a regular file.
  if (stats && !stats.isDirectory()) return [absolute];
  const folder = stats?.isDirectory() ? fg.convertPathToPattern(absolute) : undefined;
  const pattern =
    folder !== undefined
      ? `${folder}/**/*.${ITEM_EXTENSIONS}`
      : // A glob: on Windows users type backslashes, which fast-glob reads as escapes.
        toPosix(path.isAbsolute(given) ? given : path.join(cwd, given)).replace(/\\/g, "/");
  const extraIgnore = folder !== undefined ? DEFAULT_LAYOUT_IGNORED.map((g) => anchored(folder, g)) : [];
  try {
    return await fg(pattern, { absolute: true, onlyFiles: true, ignore: [...ignore, ...extraIgnore] });
  } catch (error) {
    // A path no file can have (a name over 255 bytes, a file used as a folder, a symlink loop)
    // matches nothing: fast-glob passes these errors on where it swallows a plain ENOENT.
    if (["ENAMETOOLONG", "ENOTDIR", "ELOOP"].includes((error as NodeJS.ErrnoException).code ?? "")) return [];
    throw error;
  }
}
