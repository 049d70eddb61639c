// One YAML master record per item at <out>/<region>/<department>/<code>.yaml, with the schema
// modeline editors use. Every path segment comes from the export, so each is made a plain name:
// a hostile code (`../../x`) cannot write outside <out>.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import type { Fields } from "./decode-item.js";

function safeSegment(text: unknown): string {
  const s = String(text ?? "")
    .replace(/[/\\:*?"<>|\p{Cc}]/gu, "_")
    .trim();
  return s === "" || /^\.+$/.test(s) ? "_" : s;
}

export function recordPath(outDir: string, record: Fields): string {
  return path.join(outDir, safeSegment(record.region), safeSegment(record.department), `${safeSegment(record.code)}.yaml`);
}

export function recordYaml(record: Fields, file: string, schemaFile: string): string {
  const schema = path.relative(path.dirname(file), schemaFile).split(path.sep).join("/");
  const body = yaml.dump(record, { lineWidth: -1, noRefs: true });
  return `# yaml-language-server: $schema=${schema}\n${body}`;
}

export function writeRecord(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
