// Where each imported record came from, kept beside the catalog (`<out>/.guidelint-sources.json`):
// for every YAML record the import wrote, the export, the sheet and the cell of each value, and a
// hash of the YAML as written. A finding on the record can then name the cell a clerk corrects
// (`清单.xlsx 事项!F12`) — as long as the YAML is still what the import wrote: once edited by
// hand, the hash differs and the link is dropped, never shown wrong.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { readSource } from "../source/read-source.js";
import type { JsonPath } from "../vocabulary.js";
import { cellRefOfPath, ELEMENT_PATHS, type RecordOrigin } from "./origins.js";

export const SOURCE_MAP_FILE = ".guidelint-sources.json";

/** One record's origin: its export, its sheet, and a cell (A1, or a JSON path) per value path. */
export interface SourceMapEntry {
  /** sha256 of the record's YAML text as the import wrote it. */
  hash: string;
  file: string;
  sheet?: string;
  /** `timeLimit.legal.value` → `I12`; `$` → the item's name cell; a cell of another sheet with it (`申请材料!C5`). */
  cells: Record<string, string>;
}

export interface SourceMap {
  version: 1;
  /** By the record's path relative to the map's folder, with forward slashes. */
  records: Record<string, SourceMapEntry>;
}

export function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** `materials[2].name`, `$` for the record itself: the keys of `cells`. */
function pathKey(path: JsonPath): string {
  let out = "";
  for (const segment of path) out += typeof segment === "number" ? `[${segment}]` : out === "" ? segment : `.${segment}`;
  return out === "" ? "$" : out;
}

/** Every path of the record, lists and mappings too: a finding on `address[0]` is named by its own cell. */
function valuePaths(value: unknown, path: (string | number)[], into: JsonPath[]): void {
  if (path.length > 0) into.push(path);
  if (Array.isArray(value)) for (const [i, v] of value.entries()) valuePaths(v, [...path, i], into);
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) valuePaths(v, [...path, k], into);
}

/** The entry for a record the import wrote as `text`. */
export function sourceMapEntry(record: Record<string, unknown>, origin: RecordOrigin, text: string): SourceMapEntry {
  // The elements the record lacks are named too: their column is in the export, the cell empty.
  const paths: JsonPath[] = [[], ...ELEMENT_PATHS];
  valuePaths(record, [], paths);
  const cells: Record<string, string> = {};
  let sheet: string | undefined;
  // Most paths share a cell (every part of a limit, a material's parts without columns): each
  // cell is named once per record — naming them is most of an import's own cost at 100k items.
  const named = new Map<number, string>();
  for (const path of paths) {
    const { index, column } = cellRefOfPath(origin, path);
    const key = index * 4096 + column;
    let label = named.get(key);
    if (label === undefined) {
      const cell = origin.table.cellPlace(index, column);
      // The record's sheet is its first cell's (the item's); a cell on another sheet (a materials
      // sheet) keeps its sheet in its label, as the importer names it.
      sheet ??= cell.sheet;
      label = cell.cell === undefined ? cell.place.slice(cell.place.indexOf(":") + 1) : cell.sheet !== sheet ? cell.place : cell.cell;
      named.set(key, label);
    }
    cells[pathKey(path)] = label;
  }
  return { hash: textHash(text), file: origin.table.file, ...(sheet !== undefined ? { sheet } : {}), cells };
}

/** The cell of a finding's path: its own, else its nearest ancestor's (the record's own: its name cell). */
export function cellOfEntry(entry: SourceMapEntry, path: JsonPath): string {
  for (let length = path.length; length >= 0; length--) {
    const cell = entry.cells[pathKey(path.slice(0, length))];
    if (cell !== undefined) return cell;
  }
  return entry.cells.$ ?? "";
}

/**
 * The map, written as the import writes its records: each entry is serialised as it is made and
 * let go (a province's 100 000 entries held to the end cost more than a gigabyte). On close, the
 * entries of an earlier import into the same catalog are kept when this one did not write their
 * record and their YAML is still there; the file replaces the old one in one rename.
 */
export class SourceMapWriter {
  private readonly file: string;
  private readonly partial: string;
  private readonly fd: number;
  private readonly keys = new Set<string>();

  constructor(private readonly outDir: string) {
    mkdirSync(outDir, { recursive: true });
    this.file = path.join(outDir, SOURCE_MAP_FILE);
    this.partial = `${this.file}.${process.pid}.partial`;
    this.fd = openSync(this.partial, "w");
    writeSync(this.fd, '{"version":1,"records":{');
  }

  add(key: string, entry: SourceMapEntry): void {
    writeSync(this.fd, `${this.keys.size > 0 ? "," : ""}\n${JSON.stringify(key)}:${JSON.stringify(entry)}`);
    this.keys.add(key);
  }

  close(): void {
    for (const [key, entry] of Object.entries(readPrevious(this.file))) {
      if (!this.keys.has(key) && existsSync(path.join(this.outDir, key))) this.add(key, entry);
    }
    writeSync(this.fd, "\n}}\n");
    closeSync(this.fd);
    if (this.keys.size > 0) renameSync(this.partial, this.file);
    else rmSync(this.partial);
  }
}

function readPrevious(file: string): Record<string, SourceMapEntry> {
  if (!existsSync(file)) return {};
  // Through the one reader: a FIFO or a folder in its place is no map, never waited on.
  const read = readSource(file);
  if (!read.ok) return {};
  try {
    const map = JSON.parse(read.text) as SourceMap;
    return map?.version === 1 && typeof map.records === "object" && map.records !== null ? map.records : {};
  } catch {
    return {};
  }
}
