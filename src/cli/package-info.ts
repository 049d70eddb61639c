// The package's folder and version, found without loading the library: `--version` must stay cheap
// (the library's own PACKAGE_ROOT sits in a module that loads the config loader and Ajv).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** dist/cli/ → the package root. */
const CLI_PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(CLI_PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}
