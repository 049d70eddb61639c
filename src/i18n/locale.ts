import type { Lang } from "./localized.js";

/**
 * The message language: an explicit choice, else the POSIX locale variables, else the
 * system's locale (Windows has no LANG; Intl reports the user's UI language there).
 */
export function detectLang(env: Record<string, string | undefined>, explicit?: string): Lang | undefined {
  if (explicit !== undefined) return parseLang(explicit);
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE;
  if (posix && posix !== "C" && posix !== "POSIX") return /^zh/i.test(posix) ? "zh-CN" : "en";
  const system = Intl.DateTimeFormat().resolvedOptions().locale;
  return /^zh/i.test(system) ? "zh-CN" : "en";
}

/** `zh-CN`, `zh_CN`, `zh`, `cn` → zh-CN; `en`, `en-US` → en; anything else → undefined. */
function parseLang(value: string): Lang | undefined {
  if (/^(zh([-_](cn|hans|sg))?|cn|chs)$/i.test(value)) return "zh-CN";
  if (/^en([-_]\w+)?$/i.test(value)) return "en";
  return undefined;
}
