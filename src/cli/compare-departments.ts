// The department of each file that has findings, read from the file itself: the lint pass keeps
// no records, and only files with findings need one for "new and resolved findings per
// department". A file that cannot be read or states no department maps to nothing.
import type { FileResult } from "../engine/result.js";
import { parseRecord } from "../engine/parse.js";
import { readSource } from "../source/read-source.js";

export function departmentsOf(results: readonly FileResult[]): Map<string, string> {
  const departments = new Map<string, string>();
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const read = readSource(result.filePath);
    if (!read.ok) continue;
    const parsed = parseRecord(read.text);
    const department = "record" in parsed ? parsed.record.department : undefined;
    if (typeof department === "string" && department.trim() !== "") departments.set(result.file, department);
  }
  return departments;
}
