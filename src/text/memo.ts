// A bounded memo for pure functions of a text. A catalog repeats the same few thousand material
// names, law titles and notes across its items, so what is derived from a text (its normalised
// key, its list match, whether it is a catch-all) is worth computing once per distinct text; the
// bound keeps a province of distinct texts from holding them all. When full, the older half is
// dropped (a Map iterates in insertion order): cheaper than a true LRU and as good here, since a
// catalog's repeated texts come back soon and get memoised again.

/** Texts longer than this are not memoised: pasted paragraphs rarely repeat and would fill the memo. */
const MAX_KEY_LENGTH = 256;

export interface TextMemo<V> {
  /** The value of `compute(text)`, memoised. `compute` must be pure: the same text, the same value. */
  get(text: string, compute: (text: string) => V): V;
}

export function textMemo<V>(capacity = 10_000): TextMemo<V> {
  let entries = new Map<string, V>();
  return {
    get(text, compute) {
      if (text.length > MAX_KEY_LENGTH) return compute(text);
      const hit = entries.get(text);
      if (hit !== undefined || entries.has(text)) return hit as V;
      const value = compute(text);
      if (entries.size >= capacity) {
        // Keep the newer half.
        const kept = new Map<string, V>();
        let skip = entries.size - Math.floor(capacity / 2);
        for (const [key, old] of entries) {
          if (skip-- > 0) continue;
          kept.set(key, old);
        }
        entries = kept;
      }
      entries.set(text, value);
      return value;
    },
  };
}
