// CSV for spreadsheets, one writer for every CSV guidelint makes (findings, metrics, the audit
// report): UTF-8 with a byte-order mark and CRLF line ends, so Excel opens Chinese intact
// (ci-formats.md "Spreadsheets").
//
// Formula injection (OWASP "CSV Injection"): Excel, WPS and LibreOffice evaluate a cell that starts
// with `=`, `+`, `-` or `@` (and, after a tab or a carriage return, what follows), so an item code
// `+1+1`, a department `=1+1` or a file `=HYPERLINK(…).yaml` would be a live formula. Such a text
// cell gets a leading `'` and is quoted, as OWASP advises; the `'` shows in the cell, which is the
// price of the cell being text. A cell written from a number (a compression of -0.2, a count) is a
// number, not text: it is written as it is, since a negative number is no formula and prefixing it
// would turn the figure into text a spreadsheet cannot sum. Callers pass figures as numbers.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A field, quoted when it holds a comma, a quote or a line break (or always, with `always`). */
export function csvField(value: string | number, always = false): string {
  const formula = typeof value === "string" && FORMULA_START.test(value);
  const text = formula ? `'${value}` : String(value);
  return always || formula || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole document: BOM, one row per line, CRLF. */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number>>, { quoteAll = false } = {}): string {
  return `\ufeff${rows.map((row) => row.map((field) => csvField(field, quoteAll)).join(",")).join("\r\n")}\r\n`;
}
