import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/import/csv.js";
import { decodeExportBytes } from "../../src/import/decode-bytes.js";

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, embedded line breaks and CRLF, naming each record's first line", () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\nlast,,\r\n';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, row: 1, cells: ["a", "b", "c"] },
        { line: 2, row: 2, cells: ["x, y", 'say "hi"', "two\nlines"] },
        // Excel's row 4: the cell over two lines is one row, the blank line is row 3.
        { line: 5, row: 4, cells: ["last", "", ""] },
      ],
    });
  });

  it("reads a last record without a line end, and LF files", () => {
    expect(parseCsv("a,b\nc,d").records).toEqual([
      { line: 1, row: 1, cells: ["a", "b"] },
      { line: 2, row: 2, cells: ["c", "d"] },
    ]);
  });

  it("reports the line of a quote that is never closed", () => {
    expect(parseCsv('a\n"open,\nb\n').unclosedQuoteLine).toBe(2);
  });
});

describe("decodeExportBytes", () => {
  it("drops a UTF-8 BOM", () => {
    expect(decodeExportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("事项名称")]))).toBe("事项名称");
  });

  it("reads GBK bytes that are not UTF-8", () => {
    // 事项 in GBK
    expect(decodeExportBytes(new Uint8Array([0xca, 0xc2, 0xcf, 0xee]))).toBe("事项");
  });
});
