// Exports from Chinese platforms are often GBK (Excel's "CSV" on a zh-CN Windows); UTF-8 is tried
// first because it is strict: GBK bytes are almost never valid UTF-8.

/** The text of an export's bytes: UTF-8 (its BOM dropped), else GBK. */
export function decodeExportBytes(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return new TextDecoder("gbk").decode(bytes);
  }
}
