// Whether a text is made of nothing but words of a list (Chinese has no spaces to split words by):
// what the catch-all rules ask of a phrase (法律法规规定的其他 is only "generic" words). A
// reachability pass over the text, O(length × words), so callers cap the length they give it.

/** True when `text` is a sequence of `words` (the empty text is one, of none). */
export function isSequenceOf(text: string, words: readonly string[]): boolean {
  const reachable = new Array<boolean>(text.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!reachable[i]) continue;
    for (const word of words) {
      if (text.startsWith(word, i)) reachable[i + word.length] = true;
    }
  }
  return reachable[text.length];
}
