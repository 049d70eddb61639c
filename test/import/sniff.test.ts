import { describe, expect, it } from "vitest";
import { type InputKind, sniffInput } from "../../src/import/sniff.js";

const text = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0), 0])]);

describe("sniffInput: the reader by content, never by extension", () => {
  const cases: [string, Uint8Array, InputKind][] = [
    ["a zip (xlsx)", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), "xlsx"],
    ["an OLE file (BIFF .xls)", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "ole"],
    [
      "SpreadsheetML 2003",
      text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
      "spreadsheetml",
    ],
    [
      "SpreadsheetML after a BOM and blank lines",
      text('\ufeff\n\n  <?xml version="1.0"?><Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'),
      "spreadsheetml",
    ],
    ["an HTML table", text("<html><body><table><tr><td>实施编码</td></tr></table>"), "html"],
    ["a bare table, upper case, after whitespace", text("\r\n  <TABLE border=1><TR><TD>x</TD></TR></TABLE>"), "html"],
    ["a doctype", text("<!DOCTYPE html><html>"), "html"],
    ["XHTML", text('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><table>'), "html"],
    ["HTML in UTF-16", utf16le("<html><table>"), "html"],
    ["a JSON object", text('  {"data": {"list": []}}'), "json"],
    ["a JSON array after a BOM", text('\ufeff[{"matterInfo": {}}]'), "json"],
    ["CSV", text("实施编码,事项名称\nC1,甲\n"), "csv"],
    ["other XML", text('<?xml version="1.0"?><root/>'), "csv"],
    ["empty", new Uint8Array(), "csv"],
    ["a truncated zip signature", new Uint8Array([0x50, 0x4b]), "csv"],
  ];
  it.each(cases)("%s", (_name, bytes, kind) => {
    expect(sniffInput(bytes)).toBe(kind);
  });
});
