// `--mapping file` of the catalog commands: how the run reads platform exports (workbooks, CSV,
// JSON). Apart from common.ts, which the command table loads at start: the mapping's reader
// and schema load only when a command runs.
import path from "node:path";
import { type ResolvedMapping, resolveMapping } from "../import/mapping.js";
import { loadMappingFile } from "../import/mapping-load.js";
import type { CommonOptions } from "./common.js";

/** The resolved mapping, or undefined (auto) without --mapping; a mapping file with errors is exit 2. */
export function exportMappingOption(cwd: string, options: Pick<CommonOptions, "mapping">): ResolvedMapping | undefined {
  return options.mapping === undefined ? undefined : resolveMapping(loadMappingFile(path.resolve(cwd, options.mapping), cwd));
}
