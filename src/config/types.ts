import type { ReferenceLists } from "../lists/types.js";
import type { Profile } from "../metrics/profiles.js";
import type { RuleLevel } from "../rules/types.js";
import type { UnitFactors } from "../time/duration.js";

/** A rule's entry in a config: a level, optionally with options. */
export interface RuleEntry {
  level: RuleLevel;
  options?: Record<string, unknown>;
}

export interface Override {
  files: string[];
  rules: Record<string, RuleEntry>;
}

/** A config after discovery, validation and path resolution; paths are absolute. */
export interface ResolvedConfig {
  /** The config file, when one was found or given. */
  configFile?: string;
  /** The folder globs and paths are relative to: the config's folder, else the working directory. */
  baseDir: string;
  /** Globs of item files (relative to baseDir); undefined when the config sets none. */
  catalog?: string[];
  ignore: string[];
  lists: ReferenceLists;
  unitFactors: UnitFactors;
  rules: Record<string, RuleEntry>;
  overrides: Override[];
  /** Read by the catalog-wide, channel and metrics features. */
  baseCatalog?: string;
  channels: Record<string, string>;
  /** The profile as named (a built-in name or a file). */
  profile?: string;
  /** The policy profile in force (the config's `profile`, or `--profile`): targets, and rules it sets up. */
  activeProfile?: Profile;
  codeFormat?: "national" | "local" | { pattern: string };
}
