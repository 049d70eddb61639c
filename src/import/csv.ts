// A small RFC 4180 reader: quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF.
// Each record keeps the line it starts on, so a diagnostic can say `file.csv:12` even after a
// cell that spans several lines.

interface CsvRecord {
  line: number;
  /** The row Excel shows for it: blank lines count as rows there. */
  row: number;
  cells: string[];
}

export interface CsvResult {
  records: CsvRecord[];
  /** The line of a quote that is never closed, if any (the rest of the file is then one cell). */
  unclosedQuoteLine?: number;
}

export function parseCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let row = 0;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    row++;
    // A blank line is no record: spreadsheets leave them between blocks.
    if (cells.length > 1 || cells[0] !== "") records.push({ line: recordLine, row, cells });
    cells = [];
    cell = "";
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === "\n") line++;
        // CRLF inside a cell is one line break.
        if (c === "\r" && text[i + 1] === "\n") {
          i++;
          line++;
          cell += "\n";
        } else cell += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += c;
    i++;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return quoted ? { records, unclosedQuoteLine: quoteLine } : { records };
}
