// Safe fixes, applied to the source text at the exact range of each scalar: comments, key order,
// quoting and every byte not being fixed stay as they were. The `yaml` document gives the ranges;
// the new text is re-quoted only when the old style cannot hold the value.
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar } from "yaml";
import { withoutBom } from "../source/read-source.js";
import type { JsonPath, ValueFix } from "../vocabulary.js";

export interface ScalarFix {
  path: JsonPath;
  value: ValueFix["value"];
}

export interface FixSkip {
  path: JsonPath;
  reason: string;
}

export interface FixOutcome {
  text: string;
  /** Fixes applied (a value already right counts as nothing to do, not as applied). */
  applied: number;
  skipped: FixSkip[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
  fix: ScalarFix;
}

const parse = (text: string) => parseDocument(text, { uniqueKeys: false, prettyErrors: false });

/**
 * Applies each fix at its scalar's range; a fix that cannot be applied safely is skipped, with why.
 * A BOM the text starts with is kept (files from Windows editors carry one).
 */
export function applyFixes(source: string, fixes: readonly ScalarFix[]): FixOutcome {
  const { text, bom: hasBom } = withoutBom(source);
  const bom = hasBom ? "\uFEFF" : "";
  const doc = parse(text);
  const skipped: FixSkip[] = [];
  if (doc.errors.length > 0) return { text: source, applied: 0, skipped: fixes.map((f) => ({ path: f.path, reason: "the file does not parse" })) };

  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (const fix of fixes) {
    const key = JSON.stringify(fix.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const node = scalarAt(doc.contents, fix.path);
    if (!node?.range) {
      skipped.push({ path: fix.path, reason: "no plain value at this path" });
      continue;
    }
    if (node.value === fix.value) continue;
    const [start, end] = node.range;
    const rendered = render(text, start, end, node.type, fix);
    if (rendered === undefined) skipped.push({ path: fix.path, reason: "a block scalar or multi-line value" });
    else edits.push({ start, end, text: rendered, fix });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);

  // Whatever was written must read back as exactly the fixed values, or nothing is written.
  const check = parse(out);
  const wrong = edits.filter((e) => check.errors.length > 0 || check.getIn(e.fix.path) !== e.fix.value);
  if (wrong.length > 0) {
    return {
      text: source,
      applied: 0,
      skipped: [...skipped, ...edits.map((e) => ({ path: e.fix.path, reason: "the fixed file would not read back as the fix" }))],
    };
  }
  return { text: bom + out, applied: edits.length, skipped };
}

function scalarAt(root: unknown, path: JsonPath): Scalar | undefined {
  let node: unknown = root;
  for (const segment of path) {
    if (isAlias(node)) return undefined; // changing an anchor's value would change every alias
    if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment))?.value;
    else if (isSeq(node) && typeof segment === "number") node = node.items[segment];
    else return undefined;
  }
  return isScalar(node) ? node : undefined;
}

/** The new source text of the scalar: its old quoting when that holds the value, else double quotes. */
function render(text: string, start: number, end: number, type: Scalar["type"], fix: ScalarFix): string | undefined {
  const { value } = fix;
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) return undefined;
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
