// List fields (subjects, legal bases, materials, addresses): a list's view is its entries, keyed
// independently of order. Subjects and legal bases are sets (a repeat counts once); materials and
// addresses multisets (a material listed twice is two).
import { ENTRY, type Entry, type FieldView, PART, type Scalar } from "./field-view.js";

/** The entry with the index of the node it comes from; none when it was split from a text. */
export const withIndex = (entry: Scalar, index: number | undefined): Entry => (index === undefined ? entry : { ...entry, index });

/** The key of a list's entries with their attributes, independent of order. */
function listKey(entries: Entry[], unique: boolean): string {
  const keys = entries.map((e) => {
    const attrs = Object.entries(e.attrs ?? {})
      .map(([a, v]) => `${a}=${v.key}`)
      .sort();
    return [e.key, ...attrs].join(PART);
  });
  const sorted = (unique ? [...new Set(keys)] : keys).sort();
  return sorted.join(ENTRY);
}

/** A list's view: its entries, their key as a set (`unique`) or multiset, and how they read joined by `separator`. */
export function listView(entries: Entry[] | undefined, unique: boolean, separator: string): FieldView | undefined {
  if (!entries) return undefined;
  return {
    key: listKey(entries, unique),
    display: entries.map((e) => e.display).join(separator),
    entries,
  };
}
