// How the human formats name a rule: its short title in the user's language beside the id.
// English outputs keep the id alone (ESLint and Ruff users read `materials-vague` as the name);
// a Chinese reader gets 申请材料含兜底表述 first, the id last, so it can still be searched for.
import type { Lang } from "../i18n/localized.js";
import { findRule } from "../rules/registry.js";

/** The rule's short title in `lang`; undefined for a rule without one (a custom rule, an unknown id). */
export function ruleTitle(ruleId: string, lang: Lang): string | undefined {
  return findRule(ruleId)?.title?.[lang];
}

/** Whether a language's line outputs put the title before the id (the English id already reads as a name). */
const TITLE_BEFORE_ID: Record<Lang, boolean> = { en: false, "zh-CN": true };

/** The title a line output shows before the id: under zh-CN, when the rule has one. */
export function shownTitle(ruleId: string, lang: Lang): string | undefined {
  return TITLE_BEFORE_ID[lang] ? ruleTitle(ruleId, lang) : undefined;
}

/** `申请材料含兜底表述 materials-vague` under zh-CN, `materials-vague` otherwise. */
export function ruleLabel(ruleId: string, lang: Lang): string {
  const title = shownTitle(ruleId, lang);
  return title ? `${title} ${ruleId}` : ruleId;
}

/**
 * SARIF's `name` for a rule: an identifier that must differ from the id (SARIF1001). From the id,
 * not the title, so it stays stable when a title is reworded: materials-vague → MaterialsVague.
 */
export function rulePascalName(ruleId: string): string {
  const name = ruleId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
  if (!name) return "Rule";
  return name === ruleId ? `${name}Rule` : name;
}
