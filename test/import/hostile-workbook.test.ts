// A workbook that is broken, encrypted or built to exhaust the reader costs a diagnostic, never a
// crash or a hang.
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { importRecords } from "../../src/import/import-exports.js";
import { readWorkbookTables } from "../../src/import/read-workbook.js";
import type { ImportDiagnostic } from "../../src/import/table.js";
import { DEFAULT_LIMITS } from "../../src/import/workbook-limits.js";
import { tempDir } from "../support/cli.js";
import { generateWorkbook } from "../support/workbooks.js";

function importBytes(bytes: Uint8Array, name = "x.xlsx") {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return importRecords([file]);
}

/** A copy of a zip whose central directory declares `size` bytes for its first part. */
function withDeclaredSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  for (let i = copy.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    view.setUint32(view.getUint32(i + 16, true) + 24, size, true);
    return copy;
  }
  throw new Error("no zip directory");
}

/** A copy of a zip whose sheet part claims, in both its headers, to inflate to 10 bytes: a bomb that lies. */
function withLyingSheet(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (nameLength !== name.length || !name.every((b, i) => copy[at + 46 + i] === b)) continue;
    view.setUint32(at + 24, 10, true);
    view.setUint32(view.getUint32(at + 42, true) + 22, 10, true);
    return copy;
  }
  throw new Error("no sheet part");
}

function encryptedOle(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.alloc(200, 1));
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(5000, 2));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
}

const clean = () => generateWorkbook({ layout: "per-material-merged", items: 20, seed: 3 }).bytes;

describe("hostile workbooks", () => {
  const cases: [string, () => Uint8Array, string][] = [
    ["garbage after a zip signature", () => new Uint8Array([0x50, 0x4b, 3, 4, ...Array.from({ length: 500 }, (_, i) => (i * 37) % 256)]), "importBadWorkbook"],
    ["a truncated xlsx", () => clean().subarray(0, 4000), "importBadWorkbook"],
    ["a zip declaring a 2 GiB part (a zip bomb's directory)", () => withDeclaredSize(clean(), 0x7fffffff), "importWorkbookTooLarge"],
    ["a part that inflates past the size its headers declare", () => withLyingSheet(clean()), "importWorkbookTooLarge"],
    ["a zip64 part", () => withDeclaredSize(clean(), 0xffffffff), "importWorkbookTooLarge"],
    ["an encrypted workbook (OLE with EncryptionInfo)", encryptedOle, "importEncrypted"],
    [
      "garbage after an OLE signature",
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600).fill(0xff)]),
      "importBadWorkbook",
    ],
    ["an HTML page without a table", () => new TextEncoder().encode("<html><body><p>404 Not Found</p></body></html>"), "importBadWorkbook"],
  ];
  it.each(cases)("%s → %s, no records", (_name, bytes, id) => {
    const { records, diagnostics, unreadable } = importBytes(bytes());
    expect(unreadable).toEqual([]);
    expect(records).toEqual([]);
    expect(diagnostics).toMatchObject([{ severity: "error", place: "x.xlsx", id }]);
  });

  it("refuses a workbook whose parts inflate past the limit, and a sheet with more cells than allowed", () => {
    const bytes = clean();
    const inflate: ImportDiagnostic[] = [];
    expect(readWorkbookTables("x.xlsx", bytes, "xlsx", inflate, { ...DEFAULT_LIMITS, maxUnzippedBytes: 20_000 })).toEqual([]);
    expect(inflate).toMatchObject([{ id: "importWorkbookTooLarge", data: { limit: "unzippedBytes", max: 20_000 } }]);
    // One sheet's XML past what the reader holds as one string: refused by name, never read as empty.
    const part: ImportDiagnostic[] = [];
    expect(readWorkbookTables("x.xlsx", bytes, "xlsx", part, { ...DEFAULT_LIMITS, maxPartBytes: 2_000 })).toEqual([]);
    expect(part).toMatchObject([{ id: "importWorkbookTooLarge", data: { limit: "partBytes", max: 2_000 } }]);
    const cells: ImportDiagnostic[] = [];
    expect(readWorkbookTables("x.xlsx", bytes, "xlsx", cells, { ...DEFAULT_LIMITS, maxCellsPerSheet: 500 })).toEqual([]);
    expect(cells).toMatchObject([{ id: "importSheetTooLarge", place: "事项!A1", data: { sheet: "事项", max: 500 } }]);
  });

  it("fills a merge over a million rows only where the sheet has rows", () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ["实施编码", "事项名称", "事项类型", "材料名称"],
      ["C1", "甲", "01", "申请书"],
      [null, null, null, "身份证"],
    ]);
    sheet["!merges"] = [XLSX.utils.decode_range("A2:A1048576"), XLSX.utils.decode_range("B2:XFD1048576")];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "事项");
    const { records, diagnostics } = importBytes(new Uint8Array(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer));
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => r.record.materials)).toEqual([[{ name: "申请书" }, { name: "身份证" }]]);
  });
});
