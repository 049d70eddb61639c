// Findings on imported YAML records, traced back to the export's cell through the source map the
// import left beside the catalog (import/source-map.ts). A record edited since it was imported has
// another hash: its findings get no origin rather than a wrong one.
import { existsSync } from "node:fs";
import path from "node:path";
import { cellLabel, placedPath } from "../engine/cell-label.js";
import type { FileResult } from "../engine/result.js";
import { cellOfEntry, SOURCE_MAP_FILE, type SourceMap, textHash } from "../import/source-map.js";
import { readSource } from "../source/read-source.js";

/** The source maps met so far, by folder (null: none there); each folder is looked at once a run. */
class SourceMaps {
  private readonly byDir = new Map<string, { dir: string; map: SourceMap } | null>();

  /** The nearest map at or above `dir`. */
  nearest(dir: string): { dir: string; map: SourceMap } | null {
    const known = this.byDir.get(dir);
    if (known !== undefined) return known;
    const file = path.join(dir, SOURCE_MAP_FILE);
    const parent = path.dirname(dir);
    const found = existsSync(file) ? load(dir, file) : parent === dir ? null : this.nearest(parent);
    this.byDir.set(dir, found);
    return found;
  }
}

function load(dir: string, file: string): { dir: string; map: SourceMap } | null {
  const read = readSource(file);
  if (!read.ok) return null;
  try {
    const map = JSON.parse(read.text) as SourceMap;
    // Not ours, or of another version: traced nothing rather than traced wrong.
    return map?.version === 1 && typeof map.records === "object" && map.records !== null ? { dir, map } : null;
  } catch {
    return null;
  }
}

/** Each finding of an imported, unedited record with the export's cell it came from. */
export function withOrigins(results: readonly FileResult[]): FileResult[] {
  const maps = new SourceMaps();
  return results.map((result) => {
    if (result.findings.length === 0 || result.findings.every((f) => f.cell)) return result;
    const found = maps.nearest(path.dirname(result.filePath));
    if (!found) return result;
    const entry = found.map.records[path.relative(found.dir, result.filePath).split(path.sep).join("/")];
    if (!entry || typeof entry.cells !== "object") return result;
    const read = readSource(result.filePath);
    if (!read.ok || textHash(read.text) !== entry.hash) return result;
    const origin = (p: Parameters<typeof cellOfEntry>[1]) => {
      const cell = cellOfEntry(entry, p);
      const place = entry.sheet !== undefined && /^[A-Z]+\d+$/.test(cell) ? cellLabel({ sheet: entry.sheet, cell, place: "" }) : cell;
      return { file: entry.file, place };
    };
    return { ...result, findings: result.findings.map((f) => ({ ...f, origin: origin(placedPath(f)) })) };
  });
}
