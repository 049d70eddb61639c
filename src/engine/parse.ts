// Parsing, with the cheap path first: js-yaml reads a clean file about 10× faster than the
// `yaml` package (bench: scripts/bench.mjs). The `yaml` package is used only when a file fails
// that fast read, uses anchors/aliases, or has findings to locate (see positions.ts).
import { load } from "js-yaml";
import { YAML_CORE } from "../source/yaml-schema.js";
import { type Document, isCollection, isMap, LineCounter, parseAllDocuments, visit } from "yaml";
import type { ReportDescriptor } from "../rules/types.js";
import type { JsonPath, MessageValue } from "../vocabulary.js";
import type { Position } from "./result.js";

interface ParseProblem extends ReportDescriptor {
  position: Position;
}

export type Parsed = { value: unknown } | { problems: ParseProblem[] };

// Anchors and aliases can expand exponentially (a "billion laughs" file); js-yaml shares the
// objects, but validating them would walk every copy. The `yaml` package caps alias expansion.
const ANCHOR_OR_ALIAS = /(^|[\s[{,:-])[&*][^\s,[\]{}]/m;
// A key that may be a mapping or a list (`? …`, `{a: 1}: x`, `[a, b]: x`, `{ a: 1, [b]: c }`):
// js-yaml turns it into the text "[object Object]" or "a,b"; the `yaml` package keeps the node, so
// it can be named. Any `]:` or `}:` sends the file the careful way; no `.*` before it, which was
// quadratic on a long line of `{` (0.2 s for 20,000).
const COLLECTION_KEY = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[\]}][ \t]*:(?:[ \t]|$)/m;
// What YAML does not allow in a stream (not c-printable): C0 controls but tab and line ends, DEL,
// C1 controls but NEL, U+FFFE/FFFF. A NUL from a database export would otherwise pass as part of
// the value (js-yaml refuses it, the `yaml` package keeps it).
const NOT_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
// A double-quoted escape that can stand for such a character (\t, \n and \r are allowed ones).
const CONTROL_ESCAPE = /\\(?:[0abvfe]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/;

/** What a checked file must hold: one record (a mapping). */
export type ParsedRecord = { record: Record<string, unknown> } | { problems: ParseProblem[] };

const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Text → the record it holds: the one step that the item pass, the facts of context files and the
 * metrics all read records through. An empty file or one holding a list or a scalar is a problem.
 */
export function parseRecord(text: string): ParsedRecord {
  const parsed = parseYaml(text);
  if ("problems" in parsed) return parsed;
  const value = parsed.value;
  if (value === undefined || value === null) return { problems: [{ messageId: "empty", path: [], position: START }] };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { problems: [{ messageId: "notMapping", path: [], data: { actual: describeKind(value) }, position: START }] };
  }
  return { record: value as Record<string, unknown> };
}

function describeKind(value: unknown) {
  if (Array.isArray(value)) return { en: "a list", "zh-CN": "列表" };
  if (typeof value === "string") return { en: "a single text", "zh-CN": "单个文本" };
  return { en: `a single value (${String(value)})`, "zh-CN": `单个值（${String(value)}）` };
}

export function parseYaml(text: string): Parsed {
  const control = NOT_PRINTABLE.exec(text);
  if (control) {
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
    return { problems: [{ messageId: "controlCharacter", path: [], data: { char: describeChar(control[0]) }, position: at(lineCounter, control.index) }] };
  }
  if (!ANCHOR_OR_ALIAS.test(text) && !COLLECTION_KEY.test(text)) {
    try {
      // YAML 1.2 core, as the `yaml` package reads it: no timestamps, no merge keys.
      return { value: load(text, { schema: YAML_CORE }) };
    } catch {
      // fall through: the `yaml` package reports every error with its position
    }
  }
  return parseCarefully(text);
}

function at(lineCounter: LineCounter, offset: number, end = offset + 1): Position {
  const from = lineCounter.linePos(offset);
  const to = lineCounter.linePos(Math.max(end, offset));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

function parseCarefully(text: string): Parsed {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const documents = Array.isArray(docs) ? docs : [];
  const problems: ParseProblem[] = [];
  for (const doc of documents) {
    // After the first syntax error the parser's view of the rest is a guess: later errors are
    // mostly echoes of the first, so report the first error of each document only.
    for (const error of doc.errors.slice(0, 1)) {
      const [start, end] = faultRange(text, error.message, error.pos);
      const position = at(lineCounter, start, end);
      if (error.code === "DUPLICATE_KEY") {
        // The parser points at the key's first character only: read the whole key from the text.
        const key = keyAt(text, start);
        problems.push({ messageId: "duplicateKey", path: [], data: { key: key.name }, position: at(lineCounter, start, start + key.length) });
      } else {
        problems.push({ messageId: "syntax", path: [], data: { detail: firstLine(error.message) }, position });
      }
    }
  }
  if (problems.length > 0) return { problems };
  if (documents.length > 1) {
    const second = documents[1].range?.[0] ?? 0;
    return {
      problems: [{ messageId: "multipleDocuments", path: [], data: { count: documents.length }, position: at(lineCounter, second) }],
    };
  }
  if (documents.length === 0) return { value: undefined };
  try {
    const structural = structuralProblem(documents[0]);
    if (structural) return { problems: [{ ...structural, position: at(lineCounter, structural.range[0], structural.range[1]) }] };
    return { value: documents[0].toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return {
      problems: [{ messageId: "syntax", path: [], data: { detail: firstLine((error as Error).message) }, position: at(lineCounter, 0) }],
    };
  }
}

/**
 * What the parser lets through but toJS cannot turn into a record faithfully: an alias to an
 * anchor not defined before it (toJS throws, with no position), a mapping or list as a key (toJS
 * makes it a text). Reported where it stands.
 */
function structuralProblem(doc: Document.Parsed): (ReportDescriptor & { range: [number, number] }) | undefined {
  let found: (ReportDescriptor & { range: [number, number] }) | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined || !node.range) return undefined;
      found = { messageId: "undefinedAlias", path: [], data: { name: node.source }, range: [node.range[0], node.range[1]] };
      return visit.BREAK;
    },
    Pair(_, pair) {
      const key = pair.key;
      if (!isCollection(key) || !key.range) return undefined;
      const kind = isMap(key) ? { en: "a mapping", "zh-CN": "键值映射" } : { en: "a list", "zh-CN": "列表" };
      found = { messageId: "collectionKey", path: [], data: { kind }, range: [key.range[0], key.range[1]] };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The first value holding a character YAML does not allow in a stream, written as an escape
 * (`"\0"`, `"\x01"`, `"\u001b"`): the text itself passed the control-character check. Only a
 * text with such an escape is walked.
 */
export function escapedControl(text: string, value: unknown): { path: JsonPath; char: ReturnType<typeof describeChar> } | undefined {
  return CONTROL_ESCAPE.test(text) ? controlIn(value) : undefined;
}

/** The first value holding a control character (a record read from a workbook has no text to look at first). */
export function controlIn(value: unknown): { path: JsonPath; char: ReturnType<typeof describeChar> } | undefined {
  const walk = (node: unknown, path: JsonPath): { path: JsonPath; char: ReturnType<typeof describeChar> } | undefined => {
    if (typeof node === "string") {
      const control = NOT_PRINTABLE.exec(node);
      return control ? { path, char: describeChar(control[0]) } : undefined;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const found = walk(node[i], [...path, i]);
        if (found) return found;
      }
    } else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        const found = walk(child, [...path, key]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(value, []);
}

/** A character the reader cannot see, by code point and, for the usual ones, name. */
function describeChar(char: string) {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return char === "\u0000" ? { en: `${code} (NUL)`, "zh-CN": `${code}（空字符 NUL）` } : { en: code, "zh-CN": code };
}

/**
 * The parser notices an unclosed `[`, `{` or quote where the next line begins; the maintainer
 * has to fix it where it opened, so point there.
 */
function faultRange(text: string, message: string, [start, end]: [number, number]): [number, number] {
  const opener = /Flow sequence/.test(message)
    ? "["
    : /Flow map/.test(message)
      ? "{"
      : /Missing closing "quote/.test(message)
        ? '"'
        : /Missing closing 'quote/.test(message)
          ? "'"
          : undefined;
  if (!opener) return [start, end];
  const opened = text.lastIndexOf(opener, Math.max(0, start - 1));
  return opened >= 0 ? [opened, opened + 1] : [start, end];
}

/** The mapping key that starts at `offset`: plain, or quoted (quotes dropped from the name). */
function keyAt(text: string, offset: number): { name: string; length: number } {
  const rest = text.slice(offset, text.indexOf("\n", offset) < 0 ? text.length : text.indexOf("\n", offset));
  const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(rest);
  if (quoted) return { name: quoted[1].slice(1, -1), length: quoted[1].length };
  const plain = /^(.*?)\s*:(?:\s|$)/.exec(rest)?.[1] ?? rest.trim();
  return { name: plain, length: Math.max(plain.length, 1) };
}

/** The parser's words for a problem; its stack running out is said as what it means for the file. */
function firstLine(message: string): MessageValue {
  if (/Maximum call stack size exceeded/.test(message)) return { en: "the values are nested too deeply to read", "zh-CN": "嵌套层级过深，无法读取" };
  return message.split("\n")[0].replace(/[.。]\s*$/, "");
}
