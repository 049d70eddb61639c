// Reference data files (snapshots, the basic catalog, reference lists, baselines): JSON by its
// extension, else YAML with the core schema (as items are read). A parse error keeps its line.
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { jsonErrorOffset } from "./json-error-offset.js";
import { lineAtOffset } from "./read-source.js";

export type DataParse = { ok: true; value: unknown } | { ok: false; detail: string; line?: number };

export function parseDataText(text: string, filePath: string): DataParse {
  try {
    const value = path.extname(filePath).toLowerCase() === ".json" ? JSON.parse(text) : load(text, { schema: CORE_SCHEMA });
    return { ok: true, value };
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
    const line = errorLine(error, text);
    return line === undefined ? { ok: false, detail } : { ok: false, detail, line };
  }
}

/** The 1-based line of a parse error: js-yaml's mark, or JSON.parse's "(line N …)" / "position N". */
function errorLine(error: unknown, text: string): number | undefined {
  const mark = (error as { mark?: { line?: unknown } } | null)?.mark;
  if (mark && typeof mark.line === "number") return mark.line + 1;
  const message = error instanceof Error ? error.message : "";
  const line = /\bline (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /\bposition (\d+)/.exec(message);
  if (position) return lineAtOffset(text, Number(position[1]));
  // Node 20 often names no position for JSON: find it by walking the text.
  const offset = error instanceof SyntaxError ? jsonErrorOffset(text) : undefined;
  return offset === undefined ? undefined : lineAtOffset(text, offset);
}
