// Every text a guide shows, with its path: what the rules that read wording (typos, standard
// characters, document numbers, invisible spaces) scan. Codes are not wording, and `x-` extensions
// are a catalog's own data, not published text (unless every value is asked for).
import type { JsonPath } from "../vocabulary.js";

// No guide element nests deeper; a hostile record that does is left to the schema.
const MAX_WORDING_DEPTH = 16;
const NOT_WORDING = new Set(["code", "baseCode", "handleCode", "region", "$schema"]);

interface Visit {
  node: unknown;
  key?: string | number;
  parent?: Visit;
  depth: number;
}

function pathOf(visit: Visit): JsonPath {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

export interface TextWalk {
  /** Every string value, codes and `x-` keys too, at any depth (default: the wording only). */
  everyValue?: boolean;
}

/**
 * Calls `visit` with each string value of a record, depth first in document order. The path is
 * made only when asked for (`pathOf()`): nearly every text is clean, and building a path for each
 * of a record's ~100 strings was most of these rules' cost. Each list and mapping is walked once:
 * a YAML alias shares a node, and a self-referencing one (`c: &c [x, *c, *c]`) makes a cycle that
 * would otherwise be walked exponentially often. A loop over a stack, so no depth overflows it.
 */
export function forEachText(item: Record<string, unknown>, visit: (text: string, pathOf: () => JsonPath) => void, options: TextWalk = {}): void {
  const seen = new Set<object>();
  const stack: Visit[] = [{ node: item, depth: 0 }];
  while (stack.length > 0) {
    const at = stack.pop()!;
    const { node, depth } = at;
    if (typeof node === "string") {
      visit(node, () => pathOf(at));
      continue;
    }
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    if (!options.everyValue && depth >= MAX_WORDING_DEPTH) continue;
    seen.add(node);
    // Pushed in reverse, so that they come off the stack in document order.
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], key: i, parent: at, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (!options.everyValue && (key.startsWith("x-") || (depth === 0 && NOT_WORDING.has(key)))) continue;
      stack.push({ node: (node as Record<string, unknown>)[key], key, parent: at, depth: depth + 1 });
    }
  }
}
