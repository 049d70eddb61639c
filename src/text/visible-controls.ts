// Control characters shown as escapes, the way git and GNU ls show them in file names: text from a
// catalog, a file name or an argument may hold ESC, BEL or an 8-bit CSI, and written raw to a
// terminal they retitle the window (`\e]0;…\a`), clear it (`\e[2J`) or forge links (OSC 8).
// Applied to user data where it is put into text output, never to the whole output, so the colour
// codes guidelint itself adds stay live. Tabs and ordinary (Chinese) text are kept as they are.

const NAMED: Readonly<Record<string, string>> = {
  "\u0007": "\\a",
  "\b": "\\b",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
  "\u001b": "\\e",
};

/**
 * C0 but tab, DEL, C1, the line and paragraph separators (a terminal or an editor breaks the line
 * there) and the bidirectional overrides and isolates (they reorder what is shown, "Trojan Source").
 */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One character (or lone surrogate)'s escape: `\e`, `\a`, `\n`…, else `\x9b` below U+0100, else `\u2028`. */
function controlEscape(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0)!;
  const hex = code.toString(16);
  return code < 0x100 ? `\\x${hex.padStart(2, "0")}` : code <= 0xffff ? `\\u${hex.padStart(4, "0")}` : `\\u{${hex}}`;
}

/**
 * `text` with every control character (but tab) escaped, safe to write to a terminal. With
 * `keepNewlines`, line feeds stay (a stack trace, a message of several lines).
 */
export function terminalSafe(text: string, { keepNewlines = false } = {}): string {
  return text.replace(keepNewlines ? CONTROLS_BUT_LF : CONTROLS, controlEscape);
}

/**
 * Code points HTML forbids in a document (an HTML checker flags them): C0 controls but tab, line
 * feed and carriage return, DEL and C1, noncharacters and lone surrogates. Data from a catalog may
 * hold any of them; HTML and Markdown (rendered to HTML by GitHub and GitLab) show them escaped.
 */
const FORBIDDEN_IN_HTML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Noncharacter_Code_Point}]|[\ud800-\udfff]/gu;

/** `text` with the code points HTML forbids replaced by a visible escape (`\x1b`, `\ufffe`). */
export function htmlSafeCodePoints(text: string): string {
  return text.replace(FORBIDDEN_IN_HTML, controlEscape);
}
