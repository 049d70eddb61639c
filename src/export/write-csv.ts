// CSV for Excel on a Chinese Windows: UTF-8 with a BOM (without one Excel reads the bytes as GBK),
// CRLF, RFC 4180 quoting. GBK is not offered: TextEncoder writes UTF-8 only, and a GBK table would
// add a dependency for what the BOM already solves.
import { writeSync } from "node:fs";
import type { Cell } from "./columns.js";

// A text Excel would run as a formula (or a DDE command): one starting with =, +, -, @, tab or CR.
// Texts that already start with `'`s before one are prefixed too, so that stripping one `'` from
// /^'+[=+\-@\t\r]/ on import gives back every text exactly (docs/export.md).
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell that would start a formula gets a leading `'` (OWASP's CSV-injection advice): Excel shows it as text. */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(cell: Cell): string {
  if (cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  const safe = neutralised(cell);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const CHUNK_ROWS = 2000;

/** Writes the CSV to an open file a few thousand rows at a time: a province's 40 MB never sits in one string. */
export function writeCsv(fd: number, header: readonly string[], rows: readonly Cell[][]): void {
  writeSync(fd, `\uFEFF${header.map(csvCell).join(",")}\r\n`);
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS).map((row) => `${row.map(csvCell).join(",")}\r\n`);
    writeSync(fd, chunk.join(""));
  }
}
