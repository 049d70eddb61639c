import type { MessageValue } from "../vocabulary.js";
import { isLocalizedText, type Lang, type LocalizedText } from "./localized.js";

/** Fill `{{name}}` placeholders; a placeholder with no value stays visible rather than vanishing. */
export function interpolate(template: string, data: Record<string, MessageValue>, lang: Lang): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return isLocalizedText(value) ? value[lang] : String(value);
  });
}

export function renderText(text: LocalizedText, data: Record<string, MessageValue>, lang: Lang): string {
  return interpolate(text[lang], data, lang);
}

/** The placeholder names a template uses, for the registry test (both languages alike). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();
}
