import type { LocalizedText } from "../i18n/localized.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";

/** Levenshtein distance, for "did you mean …?" suggestions on misspelt keys and rule ids. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** The closest candidate within a third of the word's length, case-insensitively, if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    // The distance is at least the difference in length: no need to compute it for a candidate
    // that cannot be closer (a schema error per unknown key compares each with every known key).
    const other = candidate.toLowerCase();
    if (Math.abs(other.length - lower.length) >= bestDistance) continue;
    const distance = editDistance(lower, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The one "did you mean" of the tool: ` (did you mean "x"?)` / `（是否应为“x”？）` for the closest
 * candidate, or "" when none is close, ready for a message's `{{suggestion}}`.
 * `aliases` maps other spellings a user may type (the Chinese severity word 警告) to the name.
 */
export function didYouMean(word: string, candidates: Iterable<string>, aliases: Record<string, string> = {}): LocalizedText | "" {
  const names = [...candidates];
  const alias = closest(word, Object.keys(aliases));
  // `--group` for `--group-by`: a word that starts only one name is as good a hint as a near miss.
  const prefixed = names.filter((name) => word.replace(/^-+/, "").length >= 3 && name.startsWith(word) && name !== word);
  const direct = prefixed.length === 1 ? prefixed[0] : closest(word, names);
  const guess = alias !== undefined && (direct === undefined || editDistance(word, alias) < editDistance(word, direct)) ? aliases[alias] : direct;
  return guess === word ? "" : suggestionOf(guess);
}

/** The "did you mean" text for a guess already made (a prefix match, say), or "" for none. */
export function suggestionOf(guess: string | undefined): LocalizedText | "" {
  if (guess === undefined) return "";
  return { en: renderText(MESSAGES.didYouMean, { guess }, "en"), "zh-CN": renderText(MESSAGES.didYouMean, { guess }, "zh-CN") };
}
