import path from "node:path";
import picomatch from "picomatch";
import type { FileSettings, RuleSetting } from "../engine/settings.js";
import { rules } from "../rules/registry.js";
import type { AnyRule, ConfigContext } from "../rules/types.js";
import type { ResolvedConfig, RuleEntry } from "./types.js";

/** Settings given on the command line, applied after the config (`--rule id:severity`). */
export type RuleOverrides = Record<string, RuleEntry>;

/** Which rules a run may use at all (the `sources` command: the channel rules; metrics: none). */
export type RuleFilter = (rule: AnyRule) => boolean;

/**
 * The rule settings for each file: defaults, what the config's top-level keys and the active
 * profile imply (each rule's optionsFromConfig), the profile's `rules`, then the config's `rules`,
 * every matching `overrides` entry in order, then the command line. Files that match the same
 * overrides share one settings object, so a 100,000-file catalog builds a handful, not 100,000.
 */
export function createSettingsResolver(config: ResolvedConfig, cliRules: RuleOverrides = {}, only?: RuleFilter): (filePath: string) => FileSettings {
  const matchers = config.overrides.map((o) => picomatch(o.files, { dot: true }));
  const cache = new Map<string, FileSettings>();
  const candidates = only ? rules.filter(only) : rules;
  const context: ConfigContext = { codeFormat: config.codeFormat, profileTargets: config.activeProfile?.targets ?? {} };
  // No overrides: every file has the same settings, and no path needs matching (100,000 files).
  if (matchers.length === 0) {
    const settings = build(config, candidates, context, [config.activeProfile?.rules ?? {}, config.rules, cliRules]);
    return () => settings;
  }
  return (filePath) => {
    const relative = path.relative(config.baseDir, filePath).split(path.sep).join("/");
    const matched = matchers.flatMap((isMatch, i) => (isMatch(relative) ? [i] : []));
    const key = matched.join(",");
    let settings = cache.get(key);
    if (!settings) {
      // A profile's rules come first, so the config's own settings win over them.
      const profileRules = config.activeProfile?.rules ?? {};
      settings = build(config, candidates, context, [profileRules, config.rules, ...matched.map((i) => config.overrides[i].rules), cliRules]);
      cache.set(key, settings);
    }
    return settings;
  };
}

function build(config: ResolvedConfig, candidates: readonly AnyRule[], context: ConfigContext, layers: Array<Record<string, RuleEntry>>): FileSettings {
  const enabled = new Map<string, RuleSetting>();
  for (const rule of candidates) {
    let severity: RuleEntry["level"] = rule.defaultSeverity;
    let options: Record<string, unknown> = { ...(rule.defaultOptions ?? {}), ...(rule.optionsFromConfig?.(context) ?? {}) };
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
