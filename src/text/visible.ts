// Values are quoted into messages; a character that shows nothing (a zero-width space pasted from
// a web page, a bidi override, a control character) would be quoted invisibly, and the maintainer
// would see two equal-looking texts said to differ. Such characters are named in place instead.

import type { LocalizedText } from "../i18n/localized.js";
import type { MessageValue } from "../vocabulary.js";

const NAMES: Record<number, string> = {
  173: "soft hyphen",
  1564: "Arabic letter mark",
  6158: "Mongolian vowel separator",
  8203: "zero-width space",
  8204: "zero-width non-joiner",
  8205: "zero-width joiner",
  8206: "left-to-right mark",
  8207: "right-to-left mark",
  8234: "left-to-right embedding",
  8235: "right-to-left embedding",
  8236: "pop directional formatting",
  8237: "left-to-right override",
  8238: "right-to-left override",
  8288: "word joiner",
  8294: "left-to-right isolate",
  8295: "right-to-left isolate",
  8296: "first strong isolate",
  8297: "pop directional isolate",
  65279: "zero-width no-break space",
};

// The named ones, plus C0/C1 controls other than tab and line breaks.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** The text with every invisible character written as `<U+200B (zero-width space)>`. */
export function visibleText(text: string): string {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE, (char) => {
    const code = char.charCodeAt(0);
    const name = NAMES[code] ?? "control character";
    return `<U+${code.toString(16).toUpperCase().padStart(4, "0")} (${name})>`;
  });
}

/** A report's data with every quoted text made visible (numbers and names unchanged). */
export function visibleData(data: Record<string, MessageValue>): Record<string, MessageValue> {
  let out: Record<string, MessageValue> | undefined;
  for (const [key, value] of Object.entries(data)) {
    const shown = typeof value === "string" ? visibleText(value) : typeof value === "number" ? value : visibleLocalized(value);
    if (shown === value) continue;
    out ??= { ...data };
    out[key] = shown;
  }
  return out ?? data;
}

function visibleLocalized(value: LocalizedText): LocalizedText {
  const en = visibleText(value.en);
  const zh = visibleText(value["zh-CN"]);
  return en === value.en && zh === value["zh-CN"] ? value : { en, "zh-CN": zh };
}
