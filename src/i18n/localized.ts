/** The two message languages. Every user-facing text exists in both. */
export type Lang = "en" | "zh-CN";
export const LANGS: readonly Lang[] = ["en", "zh-CN"];

/** A text in both languages; rendered at the edge, never earlier. */
export interface LocalizedText {
  en: string;
  "zh-CN": string;
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === "object" && value !== null && typeof (value as LocalizedText).en === "string" && typeof (value as LocalizedText)["zh-CN"] === "string"
  );
}

/** The same text in both languages (numbers, codes, quoted user input). */
export function sameInBoth(text: string): LocalizedText {
  return { en: text, "zh-CN": text };
}

/** The language that is not `lang` (SARIF carries both descriptions, the user's first). */
export function otherLang(lang: Lang): Lang {
  return LANGS.find((l) => l !== lang) ?? lang;
}
