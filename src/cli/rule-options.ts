// `--rule <id>:<severity>`: each part checked on its own, so the "did you mean" names the part
// that is wrong (`phone-format:警告` suggests the severity, not another rule).
import type { RuleOverrides } from "../config/rule-settings.js";
import { UsageError } from "../errors.js";
import { severityAliases } from "../i18n/common-words.js";
import { findRule, rules } from "../rules/registry.js";
import { didYouMean } from "../text/similar.js";

const LEVELS = { off: "off", warning: "warning", warn: "warning", error: "error" } as const;

/** `--rule time-limit-compression:off` → { "time-limit-compression": { level: "off" } }. */
export function parseRuleOptions(values: readonly string[]): RuleOverrides {
  const out: RuleOverrides = {};
  for (const value of values) {
    const trimmed = value.trim();
    const colon = trimmed.lastIndexOf(":");
    const id = colon < 0 ? trimmed : trimmed.slice(0, colon);
    const severity = colon < 0 ? undefined : trimmed.slice(colon + 1);
    if (!/^[a-z0-9-]+$/.test(id) || !findRule(id)) {
      throw new UsageError("badRuleOption", {
        value,
        suggestion: didYouMean(
          id,
          rules.map((r) => r.id),
        ),
      });
    }
    if (severity === undefined) throw new UsageError("badRuleOption", { value, suggestion: "" });
    if (!Object.hasOwn(LEVELS, severity)) {
      throw new UsageError("badRuleSeverity", { value, severity, suggestion: didYouMean(severity, ["off", "warning", "error"], severityAliases()) });
    }
    out[id] = { level: LEVELS[severity as keyof typeof LEVELS] };
  }
  return out;
}
