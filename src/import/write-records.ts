// One YAML master record per item at <out>/<region>/<department>/<code>.yaml, with the schema
// modeline editors use. Every path segment comes from the export, so each is made a plain name:
// a hostile code (`../../x`) cannot write outside <out>.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { YAML_CORE } from "../source/yaml-schema.js";
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
  const body = dumpRecord(record);
  return `# yaml-language-server: $schema=${schema}\n${body}`;
}

/**
 * A record as YAML that reads back as it is: dumped under the YAML 1.2 core schema the engine
 * reads items with, so a code such as 11510904002910229E4000701500000 (a number to YAML 1.2) is
 * quoted, not left to be read as one.
 */
function dumpRecord(record: Fields): string {
  return yaml.dump(record, { schema: YAML_CORE, lineWidth: -1, noRefs: true });
}

export function writeRecord(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
