// Reading a .docx in tests: the zip unpacked with node:zlib (no library), a well-formedness check
// of its XML parts (Word and WPS refuse a file with one broken part), and a part's text.
import { inflateRawSync } from "node:zlib";

/** Every entry of a zip archive by name (stored or deflated, as docx files are). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("no end of central directory: not a zip file");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const ATTRIBUTES = /^(\s+[\w:.-]+\s*=\s*("[^"<]*"|'[^'<]*'))*\s*$/;
const TEXT_OK = /^([^<&]|&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)*$/;

/** Null when `xml` is well-formed (one root, balanced tags, quoted attributes, valid entities); else what is wrong. */
export function xmlProblem(xml: string): string | null {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  for (const match of body.matchAll(/<(\/?)([\w:.-]+)([^>]*?)(\/?)>/g)) {
    const text = body.slice(last, match.index);
    if (!TEXT_OK.test(text)) return `bad text before <${match[2]}>: ${text.slice(0, 40)}`;
    last = match.index + match[0].length;
    const [, closing, name, attributes, selfClosing] = match;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> closes nothing open`;
      continue;
    }
    if (!ATTRIBUTES.test(attributes)) return `bad attributes on <${name}>: ${attributes.slice(0, 60)}`;
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name);
  }
  if (!TEXT_OK.test(body.slice(last)) || body.slice(last).trim() !== "") return "text after the root";
  if (stack.length > 0) return `<${stack.at(-1)}> never closed`;
  return roots === 1 ? null : `${roots} root elements`;
}

/** The text of a WordprocessingML part, runs joined, one line per paragraph. */
export function documentText(xml: string): string {
  return xml
    .split("</w:p>")
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');
}
