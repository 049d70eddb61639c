// Where each top-level entry of a list snapshot file begins and ends, found by one cheap scan of
// the text — lines starting with `- ` at column 0 for a YAML block list, a bracket- and quote-aware
// walk for a JSON array — so that a file of 100,000 records is parsed (and its findings placed)
// one entry at a time, never as one document. Anything the scan is not sure of (a mapping at the
// top, flow style, anchors, tags, directives, several documents, a lone CR) is "not a plain list":
// the caller then reads the file whole, as before.

/** The entries of a list file: offsets into the text (UTF-16), end exclusive, with where each starts. */
export interface ListEntries {
  /** Offset of the text the entry is parsed from: `- ` for YAML, the element's first character for JSON. */
  starts: number[];
  ends: number[];
  /** 1-based line and UTF-16 column of each start. */
  lines: number[];
  columns: number[];
  /** JSON elements are parsed inside `[` … `]`, YAML entries as they are (a one-entry list). */
  json: boolean;
}

// Anchors, aliases and tags may tie entries together or change how they read; directives and
// document markers change the whole file. Any of them, even inside a quoted text, sends the file
// to the whole-file reading: a false alarm costs time, never a wrong answer.
const YAML_SPECIAL = /(^|[\s[{,:-])[&*!][^\s,[\]{}]|^%|^---|^\.\.\./m;

/** The entries of a YAML block list at column 0, or undefined when the text is not plainly one. */
export function yamlListEntries(text: string): ListEntries | undefined {
  const out: ListEntries = { starts: [], ends: [], lines: [], columns: [], json: false };
  let line = 1;
  for (let at = 0; at < text.length; line++) {
    const next = text.indexOf("\n", at);
    const end = next === -1 ? text.length : next + 1;
    const c = text.charCodeAt(at);
    if (c === 45 /* - */) {
      const after = text.charCodeAt(at + 1);
      // `- x`, `-` alone on its line: an entry starts; `-x` would be a plain text at the top.
      if (!(at + 1 >= text.length || after === 32 || after === 10 || after === 13)) return undefined;
      if (out.starts.length > 0) out.ends.push(at);
      out.starts.push(at);
      out.lines.push(line);
      out.columns.push(1);
    } else if (c !== 32 && c !== 35 /* # */ && c !== 10 && c !== 13 && !Number.isNaN(c)) {
      // Content at column 0 that is not an entry (a key, a tab, a flow list): not a plain block list.
      return undefined;
    } else if (out.starts.length === 0 && c === 32 && text.slice(at, end).trim() !== "" && !text.slice(at, end).trim().startsWith("#")) {
      // Indented content before the first entry.
      return undefined;
    }
    at = end;
  }
  // Checked last: a record file fails the scan at its first key, without a pass over its whole text.
  if (out.starts.length === 0 || YAML_SPECIAL.test(text) || /\r(?!\n)/.test(text)) return undefined;
  out.ends.push(text.length);
  return out;
}

const isJsonSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** The elements of a JSON array, or undefined when the text is not one (JSON.parse then says why). */
export function jsonListEntries(text: string): ListEntries | undefined {
  const out: ListEntries = { starts: [], ends: [], lines: [], columns: [], json: true };
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && isJsonSpace(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
  };
  skipSpace();
  if (text.charCodeAt(i) !== 91 /* [ */) return undefined;
  i++;
  skipSpace();
  if (text.charCodeAt(i) === 93 /* ] */) {
    i++;
  } else {
    for (;;) {
      out.starts.push(i);
      out.lines.push(line);
      out.columns.push(i - lineStart + 1);
      // One element: strings skipped whole (a bracket inside one is text), nesting counted.
      let depth = 0;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
          i++;
          while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
          if (i >= text.length) return undefined;
          i++;
        } else if (c === 123 || c === 91) {
          depth++;
          i++;
        } else if (c === 125 || c === 93) {
          if (depth === 0) break;
          depth--;
          i++;
        } else if (depth === 0 && (c === 44 || isJsonSpace(c))) {
          break;
        } else {
          if (c === 10) {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
        if (depth === 0 && (c === 34 || c === 125 || c === 93)) break;
      }
      if (depth !== 0 || i === out.starts[out.starts.length - 1]) return undefined;
      out.ends.push(i);
      skipSpace();
      const c = text.charCodeAt(i);
      i++;
      if (c === 93) break;
      if (c !== 44) return undefined;
      skipSpace();
    }
  }
  skipSpace();
  return i === text.length ? out : undefined;
}

/** The text an entry is parsed from, and the offset of the entry's start in it. */
export function entrySlice(text: string, entries: ListEntries, index: number): { text: string; offset: number } {
  const slice = text.slice(entries.starts[index], entries.ends[index]);
  return entries.json ? { text: `[${slice}]`, offset: 1 } : { text: slice, offset: 0 };
}
