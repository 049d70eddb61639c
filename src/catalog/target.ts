import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config/load-config.js";
import type { ResolvedConfig } from "../config/types.js";
import { discoverFiles } from "./discover.js";

/** The package's own folder: its sample catalog is what guidelint checks when there is nothing else. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface RunTarget {
  config: ResolvedConfig;
  files: string[];
  /** Set when nothing was given and the sample catalog shipped with guidelint is the target. */
  embeddedCatalog?: string;
  /** Files named on the command line that the config's `ignore` skips (the caller says so). */
  ignoredFiles: string[];
}

/**
 * What a command works on: the config in force and the files, found from paths, else the config's
 * catalog, else ./catalog — else the sample catalog, so a first run on a fresh machine shows what
 * the tool does.
 */
export async function resolveTarget(options: { cwd: string; paths: string[]; config?: ResolvedConfig; configFile?: string }): Promise<RunTarget> {
  const { cwd, paths } = options;
  let config = options.config ?? loadConfig({ cwd, configFile: options.configFile });
  let embeddedCatalog: string | undefined;
  if (paths.length === 0 && !config.configFile && !config.catalog && !isDirectory(path.join(cwd, "catalog"))) {
    config = loadConfig({ cwd, configFile: path.join(PACKAGE_ROOT, "guidelint.config.yaml") });
    embeddedCatalog = path.join(PACKAGE_ROOT, "catalog");
  }
  const ignoredFiles: string[] = [];
  const files = await discoverFiles({ cwd, config, paths, onIgnored: (file) => ignoredFiles.push(file) });
  return { config, files, embeddedCatalog, ignoredFiles };
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}
