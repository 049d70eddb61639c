import type { ReportDescriptor } from "../rules/types.js";

/** `line`: the 1-based line of the first bad byte, so the finding points near it. */
export type Decoded = { text: string } | { problem: ReportDescriptor; line: number };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes → text. Catalogs come from Windows machines and GBK/GB18030 exports: a UTF-8 BOM is
 * dropped quietly; UTF-16 and non-UTF-8 bytes are findings that say how to convert.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { problem: { messageId: "utf16", path: [] }, line: 1 };
  }
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { problem: { messageId: "notUtf8", path: [], data: { offset: offset + 1 } }, line };
  }
}

/** Index of the first byte that breaks UTF-8, so the message can point at it. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}
