// Every text a guide shows, with its path: what the rules that read wording (typos, standard
// characters) scan. Codes are not wording, and `x-` extensions are a catalog's own data, not
// published text.
import type { JsonPath } from "../vocabulary.js";

const MAX_DEPTH = 16;
const NOT_WORDING = new Set(["code", "baseCode", "handleCode", "region", "$schema"]);

/** Each string value of a record, depth first in document order, with its JSON path. */
export function itemTexts(item: Record<string, unknown>): Array<[JsonPath, string]> {
  const texts: Array<[JsonPath, string]> = [];
  const walk = (value: unknown, path: JsonPath) => {
    // No guide element nests deeper; a hostile record that does is left to the schema.
    if (path.length > MAX_DEPTH) return;
    if (typeof value === "string") texts.push([path, value]);
    else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) walk(value[index], [...path, index]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, entry] of Object.entries(value)) {
        if (key.startsWith("x-") || (path.length === 0 && NOT_WORDING.has(key))) continue;
        walk(entry, [...path, key]);
      }
    }
  };
  walk(item, []);
  return texts;
}
