// What a hostile workbook may cost before the reader refuses it. An xlsx is a zip: its sheets
// can inflate a thousandfold (a "zip bomb"), and SheetJS inflates every part into memory, so the
// sizes its central directory declares are checked before anything is inflated. A sheet's cells
// are counted again after reading, since merges and sparse rows can make a small file a big grid.
import { inflateRawSync } from "node:zlib";

export interface WorkbookLimits {
  /** Bytes of the file itself. */
  maxFileBytes: number;
  /** Bytes of all the zip's parts once inflated. */
  maxUnzippedBytes: number;
  /** Parts in the zip. */
  maxEntries: number;
  /** Non-empty cells of one sheet (also the budget for filling merged ranges). */
  maxCellsPerSheet: number;
  /** Inflated bytes of one part (a sheet's XML): the reader holds it as one string. */
  maxPartBytes: number;
  /**
   * Inflated bytes above which an xlsx is read one sheet at a time. Each such read inflates the
   * whole zip again, which costs little once per sheet of a big workbook but would make a county's
   * workbook of 300 small form sheets quadratic.
   */
  sheetBySheetAbove: number;
}

// A province (100 000 items, 300 000 material rows, ≈ 5 M cells) inflates to ≈ 0.4 GB: these leave
// it room and stop what would not fit in memory anyway.
export const DEFAULT_LIMITS: WorkbookLimits = {
  maxFileBytes: 512 * 1024 * 1024,
  maxUnzippedBytes: 1536 * 1024 * 1024,
  maxEntries: 10_000,
  maxCellsPerSheet: 20_000_000,
  maxPartBytes: 256 * 1024 * 1024,
  sheetBySheetAbove: 64 * 1024 * 1024,
};

interface ZipCheck {
  /** Why the zip must not be inflated: the limit, the zip's figure and the limit's value. */
  over?: { limit: string; value: number; max: number };
  /** Bytes of all its parts once inflated. */
  unzippedBytes: number;
}

/** A zip's inflated size, checked against the limits before anything else inflates it. */
export function checkZip(bytes: Uint8Array, limits: WorkbookLimits): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65 535 (comment) bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  // No directory: not a zip SheetJS can read either; its own error says so.
  if (end < 0) return { unzippedBytes: 0 };
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries > limits.maxEntries) return { over: { limit: "entries", value: entries, max: limits.maxEntries }, unzippedBytes: 0 };
  let total = 0;
  let at = directoryOffset;
  const parts: { method: number; compressed: number; size: number; local: number }[] = [];
  for (let n = 0; n < entries && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF defers to a zip64 field: a part of 4 GiB or more, beyond any limit.
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    if (total > limits.maxUnzippedBytes) return { over: { limit: "unzippedBytes", value: total, max: limits.maxUnzippedBytes }, unzippedBytes: total };
    // One sheet's XML is read as one string: past V8's string length (about 512 M characters)
    // SheetJS reads that sheet as empty, without a word — every item of a province lost. Refused
    // here, by name, well before that (and before its memory would pass 1.5 GB).
    if (size > limits.maxPartBytes) return { over: { limit: "partBytes", value: size, max: limits.maxPartBytes }, unzippedBytes: total };
    parts.push({ method: view.getUint16(at + 10, true), compressed: view.getUint32(at + 20, true), size, local: view.getUint32(at + 42, true) });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  // The declared sizes may lie: SheetJS inflates each part to its end whatever its header says.
  // Each part is inflated here with its declared size as the ceiling (zlib stops there), so a
  // part that would inflate further is refused before SheetJS sees it.
  for (const part of parts) {
    if (part.method !== 8 || part.local + 30 > bytes.length || view.getUint32(part.local, true) !== 0x04034b50) continue;
    const start = part.local + 30 + view.getUint16(part.local + 26, true) + view.getUint16(part.local + 28, true);
    try {
      // Chunks of 1 MiB, above malloc's mmap threshold: each goes back to the system when freed,
      // where 16 KiB chunks (the default) would stay in the heap and add their total to the peak.
      inflateRawSync(bytes.subarray(start, start + part.compressed), { maxOutputLength: Math.max(part.size, 1), chunkSize: 1024 * 1024 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        return { over: { limit: "declaredPartBytes", value: part.size + 1, max: part.size }, unzippedBytes: total };
      }
      // A corrupt stream is SheetJS's error to name.
    }
  }
  return { unzippedBytes: total };
}

const utf16 = (text: string) => new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));
const ENCRYPTION_STREAMS = [utf16("EncryptedPackage"), utf16("EncryptionInfo")];

/**
 * An OLE file holding an encrypted workbook: an xlsx saved with a password is an OLE container with
 * `EncryptionInfo` and `EncryptedPackage` streams (their names are UTF-16 in the directory).
 */
export function isEncryptedOle(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return ENCRYPTION_STREAMS.some((name) => buffer.indexOf(name) >= 0);
}
