// `--profile` and the config's `profile`: a built-in profile's name, or a profile file.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { ResolvedConfig } from "../types.js";
import { UsageError } from "../../errors.js";
import { shownPath } from "../../source/display-path.js";
import { closest, suggestionOf } from "../../text/similar.js";
import { loadProfileFile } from "./profile-file.js";
import { BUILTIN_PROFILES, findBuiltinProfile, type Profile } from "./builtin.js";

/**
 * The profile `spec` names: a built-in one, else a file relative to `baseDir` (the working
 * directory for --profile, the config's folder for the config key). `origin` says where it was
 * named, for messages (`--profile`, `guidelint.config.yaml:9`).
 */
export function resolveProfile(spec: string, baseDir: string, cwd: string, origin: string): Profile {
  const builtin = findBuiltinProfile(spec);
  if (builtin) return builtin;
  const file = path.resolve(baseDir, spec);
  if (isFile(file) || looksLikePath(spec)) return loadProfileFile(file, shownPath(cwd, file), origin);
  const names = BUILTIN_PROFILES.map((p) => p.name);
  // `sichuan` for `sichuan-pengxi-2021`: a prefix is as good a hint as a near miss.
  const guess = names.find((name) => name.startsWith(spec)) ?? closest(spec, names);
  throw new UsageError("profileUnknown", {
    value: spec,
    origin,
    suggestion: suggestionOf(guess),
    available: names.join(", "),
  });
}

/** The config with `--profile` in force instead of its own `profile`. */
export function withProfile(config: ResolvedConfig, spec: string, cwd: string): ResolvedConfig {
  return { ...config, profile: spec, activeProfile: resolveProfile(spec, cwd, cwd, "--profile") };
}

// A name with a slash or a YAML extension is meant as a file: say it is missing rather than
// that no built-in profile has that name.
function looksLikePath(spec: string): boolean {
  return /[\\/]|\.ya?ml$/i.test(spec);
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}
