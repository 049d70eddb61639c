import type { Finding } from "../engine/result.js";
import { findRule } from "../rules/registry.js";
import type { Lang } from "./localized.js";
import { MESSAGES } from "./messages.js";
import { renderText } from "./render.js";

/** A finding's message in the chosen language. */
export function findingMessage(finding: Finding, lang: Lang): string {
  const template = findRule(finding.ruleId)?.messages[finding.messageId];
  if (!template) return `${finding.ruleId}/${finding.messageId}`;
  return renderText(template, finding.data, lang);
}

export function severityLabel(severity: Finding["severity"], lang: Lang): string {
  return (severity === "error" ? MESSAGES.severityError : MESSAGES.severityWarning)[lang];
}
