// A list that a channel displays as one text: its entries, in order.

/** What separates the entries of a list shown as one text (materials, addresses, legal bases). */
export const LIST_SEPARATORS = "；;\n\r";

/**
 * Splits a text at any of `separators` (single characters); parts trimmed, blank ones dropped.
 * One pass, no regex: a 100 KB run of separators returns at once.
 */
export function splitText(text: string, separators: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || separators.includes(text[i])) {
      const part = text.slice(start, i).trim();
      if (part !== "") parts.push(part);
      start = i + 1;
    }
  }
  return parts;
}
