import path from "node:path";
import { UsageError } from "../errors.js";
import { parseDataText } from "../source/data-file.js";
import { readRequiredSource } from "../source/read-required.js";
import type { ReferenceLists, RepealedLaw } from "./types.js";

/** A reference-list file of the config: a YAML list of `{ name, aliases? }` (repealed laws: `successor?`, `repealedOn?`). */
export function loadListFile(file: string, list: keyof ReferenceLists, cwd: string): RepealedLaw[] {
  const shown = path.relative(cwd, file).split(path.sep).join("/");
  const { text } = readRequiredSource(file, (detail) => new UsageError("listUnreadable", { list, file: shown, detail }));
  const data = parseDataText(text, file);
  if (!data.ok) throw new UsageError("listUnreadable", { list, file: data.line === undefined ? shown : `${shown}:${data.line}`, detail: data.detail });
  const entries = data.value;
  if (!Array.isArray(entries)) {
    throw new UsageError("listUnreadable", {
      list,
      file: shown,
      detail: { en: "it must be a YAML list of entries", "zh-CN": "应为 YAML 列表" },
    });
  }
  return entries.map((entry, index) => {
    const e = entry as Record<string, unknown> | null;
    const aliases = e?.aliases;
    const valid =
      typeof e?.name === "string" && e.name.trim() !== "" && (aliases === undefined || (Array.isArray(aliases) && aliases.every((a) => typeof a === "string")));
    if (!valid) throw new UsageError("listInvalid", { list, file: shown, index: index + 1 });
    const out: RepealedLaw = { name: e.name as string };
    if (aliases) out.aliases = aliases as string[];
    if (typeof e.successor === "string") out.successor = e.successor;
    if (typeof e.repealedOn === "string") out.repealedOn = e.repealedOn;
    return out;
  });
}
