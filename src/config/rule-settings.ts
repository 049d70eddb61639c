import path from "node:path";
import picomatch from "picomatch";
import type { FileSettings, RuleSetting } from "../engine/settings.js";
import { rules } from "../rules/registry.js";
import { compressionMinOf } from "./profiles/builtin.js";
import type { ResolvedConfig, RuleEntry } from "./types.js";

/** Settings given on the command line, applied after the config (`--rule id:severity`). */
export type RuleOverrides = Record<string, RuleEntry>;

/**
 * The rule settings for each file: defaults, then the config's `rules`, then every matching
 * `overrides` entry in order, then the command line. Files that match the same overrides share
 * one settings object, so a 100,000-file catalog builds a handful, not 100,000.
 */
export function createSettingsResolver(config: ResolvedConfig, cliRules: RuleOverrides = {}): (filePath: string) => FileSettings {
  const matchers = config.overrides.map((o) => picomatch(o.files, { dot: true }));
  const cache = new Map<string, FileSettings>();
  return (filePath) => {
    const relative = path.relative(config.baseDir, filePath).split(path.sep).join("/");
    const matched = matchers.flatMap((isMatch, i) => (isMatch(relative) ? [i] : []));
    const key = matched.join(",");
    let settings = cache.get(key);
    if (!settings) {
      // A profile's rules come first, so the config's own settings win over them.
      const profileRules = config.activeProfile?.rules ?? {};
      settings = build(config, [profileRules, config.rules, ...matched.map((i) => config.overrides[i].rules), cliRules]);
      cache.set(key, settings);
    }
    return settings;
  };
}

function build(config: ResolvedConfig, layers: Array<Record<string, RuleEntry>>): FileSettings {
  const enabled = new Map<string, RuleSetting>();
  for (const rule of rules) {
    let severity: RuleEntry["level"] = rule.defaultSeverity;
    let options: Record<string, unknown> = { ...(rule.defaultOptions ?? {}), ...impliedOptions(config, rule.id) };
    for (const layer of layers) {
      const entry = layer[rule.id];
      if (!entry) continue;
      severity = entry.level;
      if (entry.options) options = { ...options, ...entry.options };
    }
    if (severity !== "off") enabled.set(rule.id, { severity, options });
  }
  return { rules: enabled, lists: config.lists, unitFactors: config.unitFactors };
}

/**
 * Options that top-level config keys imply for a rule (`codeFormat` → code-format's options; the
 * active profile's mean-compression target → time-limit-compression's `min`).
 */
function impliedOptions(config: ResolvedConfig, ruleId: string): Record<string, unknown> {
  if (ruleId === "code-format" && config.codeFormat) {
    return typeof config.codeFormat === "string" ? { format: config.codeFormat } : { format: "local", pattern: config.codeFormat.pattern };
  }
  const compressionMin = compressionMinOf(config.activeProfile);
  if (ruleId === "time-limit-compression" && compressionMin !== undefined) return { min: compressionMin };
  return {};
}
