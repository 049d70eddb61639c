// What the output corpus (output-*.test.ts) checks outputs against.

/** C0 but tab and line feed, DEL, C1, the separators and the bidi controls: none may reach a terminal raw. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** The colour codes guidelint itself writes (chalk's SGR): the only escapes a text output may hold. */
export const OWN_COLOURS = /\u001b\[\d+m/g;
/** Code points HTML forbids: C0 but tab/LF/CR, DEL, C1, noncharacters, lone surrogates. */
export const HTML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Noncharacter_Code_Point}]|[\ud800-\udfff]/u;

/** The fields of a CSV document (RFC 4180, after the BOM), as a spreadsheet reads them. */
export function csvCells(doc: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const text = doc.replace(/^\ufeff/, "");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

/** Cells a spreadsheet would evaluate as a formula. */
export const formulaCells = (doc: string): string[] =>
  csvCells(doc)
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell));
