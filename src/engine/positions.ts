// JSON paths → line:column, from the `yaml` package's document (which keeps source ranges).
// Only files with findings come here: building the document is the expensive part of a run. A list
// file (a channel snapshot of 100,000 records) is never parsed whole for that: each top-level
// entry's range is found by a scan (channels/list-entries.ts), and only the entry a path points
// into is parsed, its positions shifted to where the entry stands in the file.
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type Pair } from "yaml";
import { entrySlice, jsonListEntries, type ListEntries, yamlListEntries } from "../channels/list-entries.js";
import type { Anchor, JsonPath } from "../vocabulary.js";
import type { Position } from "./result.js";

export interface Locator {
  locate(path: JsonPath, anchor?: Anchor): Position;
}

type Range = readonly [number, number];

const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function rangeOf(node: unknown): Range | undefined {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** `json`: the text is JSON (a list of records is then found by a JSON scan rather than a YAML one). */
export function createLocator(text: string, json = false): Locator {
  const entries = json ? jsonListEntries(text) : yamlListEntries(text);
  return entries ? listLocator(text, entries) : documentLocator(text);
}

/** The whole text as one document. */
function documentLocator(text: string): Locator {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  return nodeLocator(doc, ([start, end]) => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(end, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  });
}

/**
 * A list file: a path into entry i is located in entry i's text alone, parsed as a one-entry list
 * (`[i, …rest]` → `[0, …rest]`), so the same nodes are found as in the whole document. The last
 * entry parsed is kept (a record's findings come together); any other path, or an entry that does
 * not parse cleanly alone, is located in the whole document, as before.
 */
function listLocator(text: string, entries: ListEntries): Locator {
  let whole: Locator | undefined;
  let last: { index: number; locator: Locator | undefined } | undefined;
  const wholeLocator = () => {
    whole ??= documentLocator(text);
    return whole;
  };
  return {
    locate(path, anchor) {
      const [index, ...rest] = path;
      if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= entries.starts.length) return wholeLocator().locate(path, anchor);
      if (last?.index !== index) last = { index, locator: entryLocator(text, entries, index) };
      return (last.locator ?? wholeLocator()).locate([0, ...rest], anchor);
    },
  };
}

function entryLocator(text: string, entries: ListEntries, index: number): Locator | undefined {
  const slice = entrySlice(text, entries, index);
  const doc = parseDocument(slice.text, { uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || !isSeq(doc.contents) || doc.contents.items.length !== 1) return undefined;
  const start = entries.starts[index];
  const end = entries.ends[index];
  // An offset into the slice → line and UTF-16 column in the file, counting the lines from the entry's start.
  const at = (offset: number) => {
    const target = Math.min(Math.max(start + offset - slice.offset, start), end);
    let line = entries.lines[index];
    let lineStart = -1;
    for (let k = text.indexOf("\n", start); k !== -1 && k < target; k = text.indexOf("\n", k + 1)) {
      line++;
      lineStart = k + 1;
    }
    return { line, col: lineStart < 0 ? entries.columns[index] + (target - start) : target - lineStart + 1 };
  };
  return nodeLocator(doc, ([from, to]) => {
    const a = at(from);
    const b = at(Math.max(to, from));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  });
}

function nodeLocator(doc: Document, toPosition: (range: Range) => Position): Locator {
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
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
      return best ? toPosition(best) : { ...START };
    },
  };
}

/** The record itself is reported at its first key (line 1 is usually the schema modeline). */
function firstKeyRange(node: unknown): Range | undefined {
  if (isMap(node) && node.items.length > 0) return rangeOf(node.items[0].key);
  return undefined;
}
