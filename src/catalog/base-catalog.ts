// The provincial basic catalog (基本目录): records { baseCode, name, type, legalBasis }, from one
// file holding a list or a folder of such files. Items are checked against it by baseCode.
import { statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import type { FieldView } from "../channels/views/field-view.js";
import { viewField } from "../channels/views/view-field.js";
import { UsageError } from "../errors.js";
import { parseDataText } from "../source/data-file.js";
import { displayPath } from "../source/display-path.js";
import { readRequiredSource } from "../source/read-required.js";
import type { JsonPath } from "../vocabulary.js";

interface BaseCatalogEntry {
  baseCode: string;
  filePath: string;
  path: JsonPath;
  name?: FieldView;
  type?: FieldView;
}

export type BaseCatalog = ReadonlyMap<string, BaseCatalogEntry>;

export function loadBaseCatalog(location: string, cwd: string): BaseCatalog {
  const shown = path.relative(cwd, location).split(path.sep).join("/") || location;
  let files: string[];
  try {
    files = statSync(location).isDirectory() ? fg.sync(`${fg.convertPathToPattern(location)}/**/*.{yaml,yml,json}`, { absolute: true }).sort() : [location];
  } catch (error) {
    throw new UsageError("baseCatalogUnreadable", { file: shown, detail: (error as Error).message });
  }
  const entries = new Map<string, BaseCatalogEntry>();
  for (const filePath of files) {
    const shownFile = displayPath(cwd, filePath);
    const { text } = readRequiredSource(filePath, (detail) => new UsageError("baseCatalogUnreadable", { file: shownFile, detail }));
    const data = parseDataText(text, filePath);
    if (!data.ok) {
      const where = data.line === undefined ? shownFile : `${shownFile}:${data.line}`;
      throw new UsageError("baseCatalogUnreadable", { file: where, detail: data.detail });
    }
    const parsed = data.value;
    const records = Array.isArray(parsed) ? parsed.map((r, i) => [r, [i]] as const) : [[parsed, []] as const];
    for (const [record, prefix] of records) {
      const r = record as Record<string, unknown> | null;
      // An entry with no usable baseCode would silently turn its items into "not in the catalog".
      if (!r || typeof r !== "object" || typeof r.baseCode !== "string" || r.baseCode.trim() === "") {
        const where = `${path.relative(cwd, filePath).split(path.sep).join("/")}${prefix.length ? ` [${prefix[0] + 1}]` : ""}`;
        throw new UsageError("baseCatalogInvalid", { file: where });
      }
      if (entries.has(r.baseCode)) continue;
      entries.set(r.baseCode, {
        baseCode: r.baseCode,
        filePath,
        path: [...prefix],
        name: viewField("name", r.name),
        type: viewField("type", r.type),
      });
    }
  }
  return entries;
}
