// JSON paths → line:column, from the `yaml` package's document (which keeps source ranges).
// Only files with findings come here: building the document is the expensive part of a run.
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type Pair } from "yaml";
import type { Anchor, JsonPath } from "../vocabulary.js";
import type { Position } from "./result.js";

export interface Locator {
  locate(path: JsonPath, anchor?: Anchor): Position;
}

type Range = readonly [number, number];

function rangeOf(node: unknown): Range | undefined {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

export function createLocator(text: string): Locator {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });

  const toPosition = ([start, end]: Range): Position => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(end, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };

  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc as Document) : node);

  return {
    locate(path, anchor = "value") {
      let node: unknown = resolve(doc.contents);
      let pair: Pair | undefined;
      let best: Range | undefined = firstKeyRange(node) ?? rangeOf(node);
      for (const segment of path) {
        if (isMap(node)) {
          const found = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
          if (!found) break;
          pair = found;
          node = resolve(found.value);
          // A key with no value (`onSiteReason:`) has no value node: its key is the place.
          best = (anchor === "key" ? rangeOf(found.key) : undefined) ?? rangeOf(node) ?? rangeOf(found.key);
        } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
          pair = undefined;
          node = resolve(node.items[segment]);
          best = rangeOf(node) ?? best;
        } else {
          break;
        }
      }
      // A missing child is reported on its parent's key, where the maintainer adds it.
      if (anchor === "key" && pair && rangeOf(pair.key)) best = rangeOf(pair.key);
      return best ? toPosition(best) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    },
  };
}

/** The record itself is reported at its first key (line 1 is usually the schema modeline). */
function firstKeyRange(node: unknown): Range | undefined {
  if (isMap(node) && node.items.length > 0) return rangeOf(node.items[0].key);
  return undefined;
}
