// CSV for spreadsheets, one writer for every CSV guidelint makes (findings, metrics, the audit
// report): UTF-8 with a byte-order mark and CRLF line ends, so Excel opens Chinese intact
// (ci-formats.md "Spreadsheets").

/** A field, quoted when it holds a comma, a quote or a line break (or always, with `always`). */
export function csvField(value: string | number, always = false): string {
  const text = String(value);
  return always || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole document: BOM, one row per line, CRLF. */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number>>, { quoteAll = false } = {}): string {
  return `\ufeff${rows.map((row) => row.map((field) => csvField(field, quoteAll)).join(",")).join("\r\n")}\r\n`;
}
