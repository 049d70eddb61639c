// Safe fixes, applied to the source text at the exact range of each scalar: comments, key order,
// quoting and every byte not being fixed stay as they were. The `yaml` document gives the ranges;
// the new text is re-quoted only when the old style cannot hold the value.
import { isDeepStrictEqual } from "node:util";
import { isAlias, isMap, isScalar, isSeq, type Node, parseDocument, Scalar, type YAMLSeq } from "yaml";
import { withoutBom } from "../source/read-source.js";
import { type FixValue, isRemoveFix, type JsonPath, type RemoveFix } from "../vocabulary.js";
import { flowText } from "./fix-text.js";

/** Replace the scalar at `path` with `value` (a mapping value is written as a one-line flow mapping). */
export interface ScalarFix {
  path: JsonPath;
  value: FixValue;
}

/** A value to write, or a block-list entry to remove (its lines go; the comments around it stay). */
export type PlannedFix = ScalarFix | RemoveFix;

export interface FixSkip {
  path: JsonPath;
  reason: string;
}

export interface FixOutcome {
  text: string;
  /** Fixes applied (a value already right counts as nothing to do, not as applied). */
  applied: number;
  /** The paths of the fixes applied. */
  appliedPaths: JsonPath[];
  skipped: FixSkip[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
  fix: PlannedFix;
}

const parse = (text: string) => parseDocument(text, { uniqueKeys: false, prettyErrors: false });
const within = (path: JsonPath, prefix: JsonPath) => prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);

/**
 * Applies each fix at its node's range; a fix that cannot be applied safely is skipped, with why.
 * A BOM the text starts with is kept (files from Windows editors carry one).
 */
export function applyFixes(source: string, fixes: readonly PlannedFix[]): FixOutcome {
  const { text, bom: hasBom } = withoutBom(source);
  const bom = hasBom ? "\uFEFF" : "";
  const doc = parse(text);
  const skipped: FixSkip[] = [];
  if (doc.errors.length > 0)
    return { text: source, applied: 0, appliedPaths: [], skipped: fixes.map((f) => ({ path: f.path, reason: "the file does not parse" })) };

  const removals = fixes.filter(isRemoveFix);
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (const fix of fixes) {
    const key = JSON.stringify(fix.path);
    if (seen.has(key)) continue;
    seen.add(key);
    // A value inside an entry that goes anyway is nothing to write.
    if (!isRemoveFix(fix) && removals.some((r) => within(fix.path, r.path))) continue;
    const planned = isRemoveFix(fix) ? removalEdit(text, doc.contents, fix) : valueEdit(text, doc.contents, fix);
    if (planned === undefined) continue;
    if ("reason" in planned) skipped.push({ path: fix.path, reason: planned.reason });
    else edits.push(planned);
  }
  edits.sort((a, b) => b.start - a.start);
  // Two edits over the same bytes (an entry removed, a value beside it) cannot both be right.
  const kept = edits.filter((edit, i) => i === 0 || edit.end <= edits[i - 1].start);
  let out = text;
  for (const edit of kept) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);

  // Whatever was written must read back as exactly the record with these fixes made, or nothing is written.
  const check = parse(out);
  if (
    check.errors.length > 0 ||
    !isDeepStrictEqual(
      check.toJS(),
      expectedRecord(
        doc.toJS(),
        kept.map((e) => e.fix),
      ),
    )
  ) {
    return {
      text: source,
      applied: 0,
      appliedPaths: [],
      skipped: [...skipped, ...edits.map((e) => ({ path: e.fix.path, reason: "the fixed file would not read back as the fix" }))],
    };
  }
  for (const edit of edits) if (!kept.includes(edit)) skipped.push({ path: edit.fix.path, reason: "another fix changes the same text" });
  return { text: bom + out, applied: kept.length, appliedPaths: kept.map((e) => e.fix.path), skipped };
}

/** The record as the fixes mean it: values set, then entries removed from the last one up. */
function expectedRecord(record: unknown, fixes: readonly PlannedFix[]): unknown {
  const out = structuredClone(record);
  const parentOf = (path: JsonPath) => path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], out);
  for (const fix of fixes) if (!isRemoveFix(fix)) (parentOf(fix.path) as Record<string | number, unknown>)[fix.path.at(-1)!] = structuredClone(fix.value);
  const removals = fixes.filter(isRemoveFix).sort((a, b) => Number(b.path.at(-1)) - Number(a.path.at(-1)));
  for (const fix of removals) (parentOf(fix.path) as unknown[]).splice(Number(fix.path.at(-1)), 1);
  return out;
}

function valueEdit(text: string, root: unknown, fix: ScalarFix): Edit | { reason: string } | undefined {
  const node = nodeAt(root, fix.path);
  if (!isScalar(node) || !node.range) return { reason: "no plain value at this path" };
  if (node.value === fix.value) return undefined;
  const [start, end] = node.range;
  // A number turned into text must keep its digits as written: 0825 was read as 825, and quoting
  // "825" would make the loss permanent.
  if (typeof node.value === "number" && typeof fix.value === "string" && text.slice(start, end) !== fix.value) {
    return { reason: "the number as written is not the text the fix would quote" };
  }
  const rendered = render(text, start, end, node.type, fix.value);
  if (rendered === undefined) return { reason: "a block scalar or multi-line value" };
  return { start, end, text: rendered, fix };
}

/** The lines of a block-list entry, from its `-` to the end of its last line. */
function removalEdit(text: string, root: unknown, fix: RemoveFix): Edit | { reason: string } {
  const list = nodeAt(root, fix.path.slice(0, -1));
  const index = fix.path.at(-1);
  if (!isSeq(list) || typeof index !== "number" || !(list as YAMLSeq).items[index]) return { reason: "no list entry at this path" };
  if (list.flow) return { reason: "an entry of a one-line [list]" };
  if (list.items.length === 1) return { reason: "the list's only entry (an empty list breaks the schema)" };
  const entry = list.items[index] as Node;
  if (!entry.range) return { reason: "no list entry at this path" };
  const lineStart = text.lastIndexOf("\n", entry.range[0] - 1) + 1;
  // Only `- ` (indented) may stand before the entry on its line: `- - a` is a list in a list.
  if (!/^[ \t]*-[ \t]+$/u.test(text.slice(lineStart, entry.range[0]))) return { reason: "an entry that shares its line with another" };
  const valueEnd = entry.range[1];
  const newline = text.indexOf("\n", valueEnd - 1);
  const end = text[valueEnd - 1] === "\n" ? valueEnd : newline === -1 ? text.length : newline + 1;
  return { start: lineStart, end, text: "", fix };
}

function nodeAt(root: unknown, path: JsonPath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (isAlias(node)) return undefined; // changing an anchor's value would change every alias
    if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment))?.value;
    else if (isSeq(node) && typeof segment === "number") node = node.items[segment];
    else return undefined;
  }
  return isAlias(node) ? undefined : node;
}

/** The new source text of the scalar: its old quoting when that holds the value, else double quotes. */
function render(text: string, start: number, end: number, type: Scalar["type"], value: FixValue): string | undefined {
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) return undefined;
  if (value !== null && typeof value === "object") return flowText(value);
  if (typeof value !== "string") return String(value);
  if (value.includes("\n")) return undefined;
  if (type === Scalar.QUOTE_SINGLE) return `'${value.replaceAll("'", "''")}'`;
  const doubleQuoted = JSON.stringify(value);
  if (type === Scalar.QUOTE_DOUBLE) return doubleQuoted;
  // Plain: keep it plain when it reads back as the same text in place ("08255432100" would read
  // as a number, "a: b" as a mapping: those get quotes).
  const candidate = text.slice(0, start) + value + text.slice(end);
  if (value !== "" && value.trim() === value && plainReadsBack(candidate, start, value)) return value;
  return doubleQuoted;
}

function plainReadsBack(candidate: string, start: number, value: string): boolean {
  const doc = parse(candidate);
  if (doc.errors.length > 0) return false;
  let found = false;
  const visit = (node: unknown): void => {
    if (found) return;
    if (isScalar(node) && node.range?.[0] === start) found = node.value === value && node.range[1] === start + value.length;
    else if (isMap(node))
      for (const pair of node.items) {
        visit(pair.key);
        visit(pair.value);
      }
    else if (isSeq(node)) node.items.forEach(visit);
  };
  visit(doc.contents);
  return found;
}
