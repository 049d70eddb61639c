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
import { type TextMemo, textMemo } from "../text/memo.js";
import { normalizeText } from "../text/normalize.js";
import { toSimplified } from "../text/simplified.js";
import type { ListEntry } from "./types.js";

export type MatchMode = "exact" | "contains";

export interface ListMatch<E extends ListEntry = ListEntry> {
  entry: E;
  /** The entry's name or alias that matched, as the list writes it. */
  term: string;
  /** The whole text equals the term (after normalisation); false when the text only contains it. */
  exact: boolean;
}

// Material names repeat across a catalog (every item asks for 居民身份证): normalise each once.
const keys = textMemo<string>();

/**
 * The comparison key of a name: normalizeText of its standard simplified form, so that a material
 * written in traditional characters (戶口簿, 營業執照) is still the document a list names (issue 15:
 * every rule that reads words reads the traditional forms; text-standard-chars reports them).
 */
export function matchKey(text: string): string {
  return keys.get(text, (t) => normalizeText(toSimplified(t)));
}

/** An entry's name followed by its aliases. */
export function entryTerms(entry: ListEntry): string[] {
  return [entry.name, ...(entry.aliases ?? [])];
}

// What may follow a document's name and leave it the same document. Checked against the
// normalised text, so brackets are already "(" and spaces are gone. Sticky: tried at one position.
const CONTINUATION = new RegExp(
  "(?:" +
    [
      "[、,，;；/／(\\[]", // a separator or a bracketed note
      "或者?",
      "及",
      "以及",
      "和",
      "与",
      "等",
      "暨",
      "正副本",
      "正本",
      "副本",
      "原件",
      "复印件",
      "复制件",
      "扫描件",
      "影印件",
      "电子版",
      "电子件",
      "照片",
      "正反面",
      "正面",
      "反面",
      "首页",
      "户主页",
      "本人页",
      "全页",
      "内页",
      "信息页",
      "页",
      "书", // 结婚证书, 出生医学证明书, 亲属关系证明书: the same document's long name
      "材料",
      "文件", // 亲属关系证明材料
      "[0-9一二两三四五六七八九十]+份",
    ].join("|") +
    ")",
  "uy",
);

/** True when `term` (normalised) occurs in `text` (normalised) at `at` as a whole document name. */
function wholeWordAt(text: string, term: string, at: number): boolean {
  if (!text.startsWith(term, at)) return false;
  const end = at + term.length;
  if (end === text.length) return true;
  CONTINUATION.lastIndex = end;
  return CONTINUATION.test(text);
}

/** True when `text` contains `term` as a whole document name (both already normalised). */
function containsWord(text: string, term: string): boolean {
  if (term === "") return false;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (wholeWordAt(text, term, at)) return true;
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

/** A trie of the list's normalised terms, one UTF-16 unit per edge. */
interface TrieNode<E extends ListEntry> {
  next?: Map<string, TrieNode<E>>;
  /** The first term (in list order) that ends here. */
  term?: CompiledTerm<E>;
}

interface CompiledList<E extends ListEntry> {
  /** The list's length when indexed: a list a config appended to since is indexed again. */
  size: number;
  root: TrieNode<E>;
  exact: Map<string, CompiledTerm<E>>;
  /**
   * What each normalised text matched ("contains" mode; null: nothing), memoised with the index:
   * a config that adds entries makes a new index, so an answer never outlives the list it came from.
   */
  found: TextMemo<ListMatch<E> | null>;
}

// A list is indexed once (by identity) and then walked from each position of a name, so the cost
// of a lookup does not grow with the list: the built-in cancelled-proof list has a few thousand
// aliases.
const compiled = new WeakMap<readonly ListEntry[], CompiledList<ListEntry>>();

function compile<E extends ListEntry>(entries: readonly E[]): CompiledList<E> {
  const cached = compiled.get(entries) as CompiledList<E> | undefined;
  if (cached && cached.size === entries.length) return cached;
  const root: TrieNode<E> = {};
  const exact = new Map<string, CompiledTerm<E>>();
  let order = 0;
  for (const entry of entries) {
    for (const term of entryTerms(entry)) {
      if (typeof term !== "string") continue;
      // Not through matchKey's memo: that one is for the catalog's texts, not the list's own terms.
      const key = normalizeText(toSimplified(term));
      if (key === "") continue;
      const compiledTerm = { key, term, entry, order: order++ };
      if (!exact.has(key)) exact.set(key, compiledTerm);
      let node = root;
      for (let i = 0; i < key.length; i++) {
        const unit = key[i];
        node.next ??= new Map();
        let child = node.next.get(unit);
        if (!child) {
          // No map until the node has a child: most nodes of a list's trie are leaves or chains.
          child = {};
          node.next.set(unit, child);
        }
        node = child;
      }
      node.term ??= compiledTerm;
    }
  }
  const list: CompiledList<E> = { size: entries.length, root, exact, found: textMemo() };
  compiled.set(entries, list as CompiledList<ListEntry>);
  return list;
}

/**
 * The entry `text` names, if any. An exact match wins; otherwise the longest contained term (the
 * most specific: 机动车驾驶证 before 驾驶证), then the earliest on the list.
 */
export function findListMatch<E extends ListEntry>(text: string, entries: readonly E[], mode: MatchMode = "contains"): ListMatch<E> | undefined {
  return findListMatchByKey(matchKey(text), entries, mode);
}

/**
 * findListMatch for a text already normalised (matchKey): for a rule that has the key of a name
 * at hand. The answer is shared between callers, so it is frozen.
 */
export function findListMatchByKey<E extends ListEntry>(key: string, entries: readonly E[], mode: MatchMode = "contains"): ListMatch<E> | undefined {
  if (key === "") return undefined;
  const list = compile(entries);
  if (mode === "exact") {
    const whole = list.exact.get(key);
    return whole ? Object.freeze({ entry: whole.entry, term: whole.term, exact: true }) : undefined;
  }
  return list.found.get(key, (k) => lookup(list, k)) ?? undefined;
}

function lookup<E extends ListEntry>(list: CompiledList<E>, key: string): ListMatch<E> | null {
  const whole = list.exact.get(key);
  if (whole) return Object.freeze({ entry: whole.entry, term: whole.term, exact: true });

  let best: CompiledTerm<E> | undefined;
  for (let at = 0; at < key.length; at++) {
    let node: TrieNode<E> | undefined = list.root;
    for (let end = at; end < key.length; end++) {
      node = node.next?.get(key[end]);
      if (!node) break;
      const candidate = node.term;
      if (!candidate) continue;
      const better = !best || candidate.key.length > best.key.length || (candidate.key.length === best.key.length && candidate.order < best.order);
      if (better && wholeWordAt(key, candidate.key, at)) best = candidate;
    }
  }
  return best ? Object.freeze({ entry: best.entry, term: best.term, exact: false }) : null;
}
