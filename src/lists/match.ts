// Matching a text (a material's name) against the entries of a reference list, after the
// normalisation guide-format.md defines. Two modes:
//
// - "exact": the normalised text equals an entry's normalised name or alias.
// - "contains": the normalised text contains one, as a whole word. Chinese has no spaces to find
//   word ends by, so "whole word" is decided by what follows the name: the end of the text, a
//   separator (、/或/及…), a bracket, or a word that only says which copy is meant (副本, 复印件,
//   原件, 首页…). Anything else makes a different document: 居住证明 is not 居住证, 身份证明 not
//   身份证, 身份证号码 not the card, 营业执照申请书 not the licence. What precedes the name is not
//   checked: 法定代表人居民身份证 and 村委会出具的亲属关系证明 are still that document.
import { normalizeText } from "../text/normalize.js";
import type { ListEntry } from "./types.js";

export type MatchMode = "exact" | "contains";

export interface ListMatch<E extends ListEntry = ListEntry> {
  entry: E;
  /** The entry's name or alias that matched, as the list writes it. */
  term: string;
  /** The whole text equals the term (after normalisation); false when the text only contains it. */
  exact: boolean;
}

/** The comparison key of a name: normalizeText, nothing more. */
export function matchKey(text: string): string {
  return normalizeText(text);
}

/** An entry's name followed by its aliases. */
export function entryTerms(entry: ListEntry): string[] {
  return [entry.name, ...(entry.aliases ?? [])];
}

// What may follow a document's name and leave it the same document. Checked against the
// normalised text, so brackets are already "(" and spaces are gone.
const CONTINUATION = new RegExp(
  "^(?:" +
    [
      "[、,，;；/／(\\[]", // a separator or a bracketed note
      "或者?", "及", "以及", "和", "与", "等", "暨",
      "正副本", "正本", "副本", "原件", "复印件", "复制件", "扫描件", "影印件", "电子版", "电子件", "照片",
      "正反面", "正面", "反面",
      "首页", "户主页", "本人页", "全页", "内页", "信息页", "页",
      "书", // 结婚证书, 出生医学证明书, 亲属关系证明书: the same document's long name
      "材料", "文件", // 亲属关系证明材料
      "[0-9一二两三四五六七八九十]+份",
    ].join("|") +
    ")",
  "u",
);

/** True when `text` contains `term` as a whole document name (both already normalised). */
function containsWord(text: string, term: string): boolean {
  if (term === "") return false;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const rest = text.slice(at + term.length);
    if (rest === "" || CONTINUATION.test(rest)) return true;
  }
  return false;
}

/** Whether `text` names `term`: equal after normalisation, or (mode "contains") containing it as a whole word. */
export function textMatches(text: string, term: string, mode: MatchMode = "contains"): boolean {
  const t = matchKey(text);
  const k = matchKey(term);
  if (k === "") return false;
  return t === k || (mode === "contains" && containsWord(t, k));
}

interface CompiledTerm<E extends ListEntry> {
  key: string;
  term: string;
  entry: E;
  order: number;
}

interface CompiledList<E extends ListEntry> {
  /** The list's length when indexed: a list a config appended to since is indexed again. */
  size: number;
  /** Terms by their first two characters (one-character terms under that character). */
  byStart: Map<string, CompiledTerm<E>[]>;
  exact: Map<string, CompiledTerm<E>>;
}

// Lists are read once per item and material; the built-in cancelled-proof list alone has a few
// thousand aliases, so each list is indexed once (by identity) and looked up by position.
const compiled = new WeakMap<readonly ListEntry[], CompiledList<ListEntry>>();

function compile<E extends ListEntry>(entries: readonly E[]): CompiledList<E> {
  const cached = compiled.get(entries) as CompiledList<E> | undefined;
  if (cached && cached.size === entries.length) return cached;
  const byStart = new Map<string, CompiledTerm<E>[]>();
  const exact = new Map<string, CompiledTerm<E>>();
  let order = 0;
  for (const entry of entries) {
    for (const term of entryTerms(entry)) {
      if (typeof term !== "string") continue;
      const key = matchKey(term);
      if (key === "") continue;
      const compiledTerm = { key, term, entry, order: order++ };
      if (!exact.has(key)) exact.set(key, compiledTerm);
      const start = [...key].slice(0, 2).join("");
      const bucket = byStart.get(start);
      if (bucket) bucket.push(compiledTerm);
      else byStart.set(start, [compiledTerm]);
    }
  }
  const list = { size: entries.length, byStart, exact };
  compiled.set(entries, list as CompiledList<ListEntry>);
  return list;
}

/**
 * The entry `text` names, if any. An exact match wins; otherwise the longest contained term (the
 * most specific: 机动车驾驶证 before 驾驶证), then the earliest on the list.
 */
export function findListMatch<E extends ListEntry>(
  text: string,
  entries: readonly E[],
  mode: MatchMode = "contains",
): ListMatch<E> | undefined {
  const key = matchKey(text);
  if (key === "") return undefined;
  const list = compile(entries);
  const whole = list.exact.get(key);
  if (whole) return { entry: whole.entry, term: whole.term, exact: true };
  if (mode === "exact") return undefined;

  const chars = [...key];
  let best: CompiledTerm<E> | undefined;
  for (let i = 0; i < chars.length; i++) {
    const starts = [chars.slice(i, i + 2).join(""), chars[i]];
    for (const start of new Set(starts)) {
      for (const candidate of list.byStart.get(start) ?? []) {
        if (best && (candidate.key.length < best.key.length ||
          (candidate.key.length === best.key.length && candidate.order > best.order))) continue;
        if (containsWord(key, candidate.key)) best = candidate;
      }
    }
  }
  return best ? { entry: best.entry, term: best.term, exact: false } : undefined;
}
