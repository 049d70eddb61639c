// The one way guidelint reads a file it checks or loads: items, channel snapshots, the basic
// catalog, reference lists, profiles, configs and baselines. Every reader gets the same answers —
// a regular file or not, a UTF-8 BOM dropped (and remembered, so the fixer can keep it), UTF-16
// and GBK/GB18030 bytes named as such with the line of the first bad byte — so a GBK snapshot is
// reported like a GBK item, not compared as garbled text.
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";

export type SourceProblem =
  | { kind: "unreadable"; detail: string }
  /** A folder, a FIFO, a device: reading it would fail or never end. */
  | { kind: "not-a-file" }
  /** `endian` is known when there was no BOM and the NUL bytes gave it away. */
  | { kind: "utf16"; endian?: "le" | "be" }
  /** `offset`: the 1-based byte that breaks UTF-8; `line`: the line it stands on. */
  | { kind: "not-utf8"; offset: number; line: number };

export interface SourceText {
  text: string;
  /** The bytes began with a UTF-8 BOM (dropped from `text`). */
  bom: boolean;
  /**
   * The text as it was, when it had old Mac line ends (a CR alone): `text` has each of them as
   * an LF, so the parsers (which break lines at LF only) and the positions count the same lines
   * the editor shows. The fixer writes the line ends back from this (see restoreLineEnds).
   */
  crText?: string;
}

export type SourceRead = ({ ok: true } & SourceText) | { ok: false; problem: SourceProblem };

// ignoreBOM keeps a BOM in the output, so it can be noticed and remembered rather than eaten.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads and decodes a file; never throws. */
export function readSource(filePath: string): SourceRead {
  const read = readSourceBytes(filePath);
  return read.ok ? decodeSource(read.bytes) : read;
}

/** A file's bytes (a workbook is no text); never throws, never blocks on a FIFO. */
export function readSourceBytes(filePath: string): { ok: true; bytes: Uint8Array } | { ok: false; problem: SourceProblem } {
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    // Opening a FIFO for reading blocks until a writer comes: open without blocking, then ask the
    // open descriptor what it is (no window for the path to be swapped between check and read).
    fd = openSync(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return { ok: false, problem: { kind: "not-a-file" } };
    bytes = readFileSync(fd);
  } catch (error) {
    return { ok: false, problem: { kind: "unreadable", detail: firstLine(error) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return { ok: true, bytes };
}

/**
 * Bytes → text. Catalogs come from Windows machines and GBK/GB18030 exports: a UTF-8 BOM is
 * dropped quietly; UTF-16 and non-UTF-8 bytes are problems that say how to convert.
 */
export function decodeSource(bytes: Uint8Array): SourceRead {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: { kind: "utf16" } };
  }
  // UTF-16 of ASCII-heavy YAML is valid UTF-8 (a NUL is a valid byte), and of Chinese text it
  // fails as "not UTF-8" at byte 1 with GBK advice: look for UTF-16 first.
  const endian = utf16WithoutBom(bytes);
  if (endian) return { ok: false, problem: { kind: "utf16", endian } };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    let line = 1;
    // An LF, or a CR not followed by one (old Mac line ends), ends a line.
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    return { ok: false, problem: { kind: "not-utf8", offset: offset + 1, line } };
  }
  return withoutBom(text);
}

// A CR that is not the first half of a CRLF.
const LONE_CR = /\r(?!\n)/g;

/** A text that may still carry its BOM (from a caller that read it some other way). */
export function withoutBom(text: string): { ok: true } & SourceText {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  // A lone CR becomes an LF: one character for one, so every offset and column stays put.
  if (body.indexOf("\r") < 0 || !LONE_CR.test(body)) return { ok: true, text: body, bom };
  LONE_CR.lastIndex = 0;
  return { ok: true, text: body.replace(LONE_CR, "\n"), bom, crText: body };
}

/**
 * `fixed` (a fix of the LF form of `original`) with `original`'s line ends back: the k-th line
 * end gets the k-th original one while the count is the same (a fix edits within a line), else
 * all of them CR when the original had nothing else.
 */
export function restoreLineEnds(original: string, fixed: string): string {
  const ends = original.match(/\r\n|\r|\n/g) ?? [];
  const fixedEnds = fixed.match(/\r\n|\n/g) ?? [];
  let k = 0;
  if (fixedEnds.length === ends.length) return fixed.replace(/\r\n|\n/g, () => ends[k++]);
  return ends.every((end) => end === "\r") ? fixed.replace(/\n/g, "\r") : fixed;
}

/**
 * "le" or "be" when the bytes look like UTF-16 without a BOM: in the first 1 KiB, a quarter of
 * the 2-byte units have a zero high byte (ASCII keys, spaces, line ends) on one side and few on
 * the other. A file with a NUL or two in a value is not that.
 */
function utf16WithoutBom(bytes: Uint8Array): "le" | "be" | undefined {
  if (bytes.length < 4 || bytes.indexOf(0) < 0) return undefined;
  const end = Math.min(bytes.length, 1024) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = end / 2;
  if (odd * 4 >= units && odd > even * 4) return "le";
  if (even * 4 >= units && even > odd * 4) return "be";
  return undefined;
}

/** The 1-based line a problem points at: where the first bad byte is, else the first line. */
export function problemLine(problem: SourceProblem): number {
  return problem.kind === "not-utf8" ? problem.line : 1;
}

/** The 1-based line of a UTF-16 offset into a text. */
export function lineAtOffset(text: string, offset: number): number {
  const end = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Index of the first byte that breaks UTF-8, so the message can point at it. It must agree with
 * the decoder, or a file the decoder refuses is reported at byte 1: beside a bad lead or
 * continuation byte, the second byte of E0, ED, F0 and F4 is narrowed (WHATWG's UTF-8 decoder),
 * which refuses overlong forms (E0 80…9F, F0 80…8F), surrogates (ED A0…BF) and code points past
 * U+10FFFF (F4 90…BF).
 */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1];
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return i;
    i += length;
  }
  // Not reached for bytes the decoder refused; the start, rather than past the end, if it is.
  return 0;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
}
