import type { MessageValue } from "../vocabulary.js";
import { isLocalizedText, type Lang, type LocalizedText } from "./localized.js";

// `{{name}}` is a value; `{{name|one|other}}` picks the English word that agrees with the number
// in `name` ("1 problem", "2 problems"). Chinese templates need only the plain form.
const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:\|([^|}]*)\|([^|}]*))?\}\}/g;

/** Fill `{{name}}` placeholders; a placeholder with no value stays visible rather than vanishing. */
function interpolate(template: string, data: Record<string, MessageValue>, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
    const value = data[name];
    if (value === undefined) return whole;
    if (one !== undefined) return Number(isLocalizedText(value) ? value.en : value) === 1 ? one : (other ?? "");
    return isLocalizedText(value) ? value[lang] : String(value);
  });
}

export function renderText(text: LocalizedText, data: Record<string, MessageValue>, lang: Lang): string {
  return interpolate(text[lang], data, lang);
}

/** The placeholder names a template uses, for the parity tests (both languages alike). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** A template filled in every language: a LocalizedText to carry inside another message's data. */
export function renderBoth(text: LocalizedText, data: Record<string, MessageValue>): LocalizedText {
  return { en: renderText(text, data, "en"), "zh-CN": renderText(text, data, "zh-CN") };
}
