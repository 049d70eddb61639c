import type { ReferenceLists } from "../lists/types.js";
import type { Profile } from "./profiles/builtin.js";
import type { RuleEntry } from "../vocabulary.js";

export type { RuleEntry };
import type { UnitFactors } from "../time/duration.js";

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
  /** Region names by code (`regions:`), winning over the shipped GB/T 2260 names in reports. */
  regions?: Record<string, string>;
  /** Where a rule's docs page is, `{id}` standing for the rule id (SARIF help links). */
  docsUrl?: string;
}
