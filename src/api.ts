import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { discoverFiles } from "./catalog/discover.js";
import { loadConfig } from "./config/load-config.js";
import { createSettingsResolver, type RuleOverrides } from "./config/rule-settings.js";
import type { ResolvedConfig } from "./config/types.js";
import { lintFiles, type LintFilesOptions } from "./engine/lint-files.js";
import type { LintResult } from "./engine/types.js";

/** The package's own folder: its sample catalog is what `guidelint` checks when there is nothing else. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface LintOptions {
  /** Working directory: config discovery starts here and output paths are relative to it. */
  cwd?: string;
  /** Files, folders and globs; empty: the config's catalog, else ./catalog, else the sample catalog. */
  paths?: string[];
  /** An explicit config file; otherwise the nearest one upward from cwd. */
  configFile?: string;
  /** A config already loaded (skips discovery). */
  config?: ResolvedConfig;
  /** Rule levels that win over the config (the CLI's --rule). */
  rules?: RuleOverrides;
  onFile?: (done: number, total: number) => void;
  /** Each parsed record, as it is linted (see LintFilesOptions.onRecord). */
  onRecord?: LintFilesOptions["onRecord"];
}

export interface LintRun extends LintResult {
  config: ResolvedConfig;
  /** Set when nothing was given and the sample catalog shipped with guidelint was checked. */
  embeddedCatalog?: string;
}

export async function lint(options: LintOptions = {}): Promise<LintRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  let config = options.config ?? loadConfig({ cwd, configFile: options.configFile });
  let embeddedCatalog: string | undefined;
  if (paths.length === 0 && !config.configFile && !config.catalog && !isDirectory(path.join(cwd, "catalog"))) {
    // A first run on a fresh machine shows what the tool does, on the catalog it ships with.
    config = loadConfig({ cwd, configFile: path.join(PACKAGE_ROOT, "guidelint.config.yaml") });
    embeddedCatalog = path.join(PACKAGE_ROOT, "catalog");
  }
  const files = await discoverFiles({ cwd, config, paths });
  const result = await lintFiles(files, { cwd, settingsFor: createSettingsResolver(config, options.rules), onFile: options.onFile, onRecord: options.onRecord });
  return { ...result, config, embeddedCatalog };
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}
