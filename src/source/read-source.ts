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
  | { kind: "utf16" }
  /** `offset`: the 1-based byte that breaks UTF-8; `line`: the line it stands on. */
  | { kind: "not-utf8"; offset: number; line: number };

export interface SourceText {
  text: string;
  /** The bytes began with a UTF-8 BOM (dropped from `text`). */
  bom: boolean;
}

export type SourceRead = ({ ok: true } & SourceText) | { ok: false; problem: SourceProblem };

// ignoreBOM keeps a BOM in the output, so it can be noticed and remembered rather than eaten.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads and decodes a file; never throws. */
export function readSource(filePath: string): SourceRead {
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
  return decodeSource(bytes);
}

/**
 * Bytes → text. Catalogs come from Windows machines and GBK/GB18030 exports: a UTF-8 BOM is
 * dropped quietly; UTF-16 and non-UTF-8 bytes are problems that say how to convert.
 */
export function decodeSource(bytes: Uint8Array): SourceRead {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: { kind: "utf16" } };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, problem: { kind: "not-utf8", offset: offset + 1, line } };
  }
  return withoutBom(text);
}

/** A text that may still carry its BOM (from a caller that read it some other way). */
export function withoutBom(text: string): { ok: true } & SourceText {
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
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

/** Index of the first byte that breaks UTF-8, so the message can point at it. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
}
