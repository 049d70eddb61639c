// Which reader an export needs, by its content: platforms name HTML tables and SpreadsheetML 2003
// `.xls`, and a CSV may be saved as `.xls` too (platform-data.md §5). The extension is never asked.

/** zip → xlsx; OLE → BIFF `.xls` (or an encrypted workbook); SpreadsheetML 2003; an HTML table; JSON; else CSV. */
export type InputKind = "xlsx" | "ole" | "spreadsheetml" | "html" | "json" | "csv";

const SPREADSHEETML = "urn:schemas-microsoft-com:office:spreadsheet";
/** Enough of the head to find the SpreadsheetML namespace, which follows the `<?xml …?>` and `<?mso-application?>` lines. */
const HEAD_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** The first characters of a text input, without its BOM and leading whitespace, lower-cased. */
function textHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  let text: string;
  if (startsWith(head, [0xff, 0xfe])) text = new TextDecoder("utf-16le").decode(head);
  else if (startsWith(head, [0xfe, 0xff])) text = new TextDecoder("utf-16be").decode(head);
  // Markup and JSON punctuation are ASCII in UTF-8 and GBK alike: latin1 reads them whatever the encoding.
  else text = new TextDecoder("latin1").decode(head);
  return text
    .replace(/^(?:\ufeff|ï»¿)/, "")
    .trimStart()
    .toLowerCase();
}

export function sniffInput(bytes: Uint8Array): InputKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "ole";
  const head = textHead(bytes);
  if (head.startsWith("<?xml")) {
    if (head.includes(SPREADSHEETML)) return "spreadsheetml";
    if (/<html|<table/.test(head)) return "html";
  }
  if (/^<(?:html|table|!doctype html)/.test(head)) return "html";
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  return "csv";
}
