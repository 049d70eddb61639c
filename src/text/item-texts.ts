// Every text a guide shows, with its path: what the rules that read wording (typos, standard
// characters, document numbers) scan. Codes are not wording, and `x-` extensions are a catalog's
// own data, not published text.
import type { JsonPath } from "../vocabulary.js";

const MAX_DEPTH = 16;
const NOT_WORDING = new Set(["code", "baseCode", "handleCode", "region", "$schema"]);

/**
 * Calls `visit` with each string value of a record, depth first in document order. The path is
 * made only when asked for (`pathOf()`): nearly every text is clean, and building a path for each
 * of a record's ~100 strings was most of these rules' cost.
 */
export function forEachText(item: Record<string, unknown>, visit: (text: string, pathOf: () => JsonPath) => void): void {
  const stack: Array<string | number> = [];
  const pathOf = () => [...stack];
  const walk = (value: unknown) => {
    // No guide element nests deeper; a hostile record that does is left to the schema.
    if (stack.length > MAX_DEPTH) return;
    if (typeof value === "string") visit(value, pathOf);
    else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        stack.push(index);
        walk(value[index]);
        stack.pop();
      }
    } else if (value !== null && typeof value === "object") {
      for (const key of Object.keys(value)) {
        if (key.startsWith("x-") || (stack.length === 0 && NOT_WORDING.has(key))) continue;
        stack.push(key);
        walk((value as Record<string, unknown>)[key]);
        stack.pop();
      }
    }
  };
  walk(item);
}
