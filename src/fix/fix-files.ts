// Fixes, file by file: read, apply every fixable finding's fix, and write atomically (or only
// describe the change as a unified diff for a dry run).
import { createTwoFilesPatch } from "diff";
import { readSource, restoreLineEnds } from "../source/read-source.js";
import type { LintResult } from "../engine/result.js";
import { applyFixes, type FixSkip, type ScalarFix } from "./apply-fixes.js";
import { writeFileAtomic } from "./write-atomic.js";

export interface FileFix {
  file: string;
  filePath: string;
  applied: number;
  skipped: FixSkip[];
  /** Unified diff of the change (empty when nothing changed). */
  patch: string;
}

/** Applies the run's fixes; writes nothing when `dryRun`. Files without a fixable finding are not read. */
export function fixFiles(run: LintResult, options: { dryRun: boolean }): FileFix[] {
  const out: FileFix[] = [];
  for (const result of run.results) {
    // A finding at a cell is on a platform export (a workbook, a CSV): its fix is a YAML edit, and
    // the export is never rewritten — the clerk corrects the cell (or the YAML after `import`).
    const fixes: ScalarFix[] = result.findings.filter((f) => f.fix && !f.cell).map((f) => ({ path: f.path, value: f.fix!.value }));
    if (fixes.length === 0) continue;
    // Read as the lint pass read it (its paths and lines are those of this text); the BOM goes
    // back in front (applyFixes keeps it), and old Mac line ends go back as they were.
    const read = readSource(result.filePath);
    if (!read.ok) continue;
    const bom = read.bom ? "\uFEFF" : "";
    const before = bom + (read.crText ?? read.text);
    const outcome = applyFixes(bom + read.text, fixes);
    const { applied, skipped } = outcome;
    let after = before;
    if (outcome.applied > 0) after = read.crText === undefined ? outcome.text : bom + restoreLineEnds(read.crText, outcome.text.slice(bom.length));
    const changed = after !== before;
    if (changed && !options.dryRun) writeFileAtomic(result.filePath, after);
    out.push({
      file: result.file,
      filePath: result.filePath,
      applied: changed ? applied : 0,
      skipped,
      patch: changed ? createTwoFilesPatch(`a/${result.file}`, `b/${result.file}`, before, after) : "",
    });
  }
  return out;
}
