// Fixes, file by file: read, apply every fixable finding's fix, and write atomically (or only
// describe the change as a unified diff for a dry run).
import { createTwoFilesPatch } from "diff";
import { readSource, restoreLineEnds } from "../source/read-source.js";
import type { Finding, LintResult } from "../engine/result.js";
import { applyFixes, type FixSkip, type PlannedFix } from "./apply-fixes.js";
import { writeFileAtomic } from "./write-atomic.js";

export interface FileFix {
  file: string;
  filePath: string;
  applied: number;
  skipped: FixSkip[];
  /** Unified diff of the change (empty when nothing changed). */
  patch: string;
  /** Error findings of the file that no applied fix addresses. */
  errorsLeft: number;
}

export interface FixSelection {
  dryRun: boolean;
  /** Apply each finding's first suggestion too (`--unsafe`) where it has no safe fix. */
  unsafe?: boolean;
  /** Only the findings of these rules (`--fix-type`); every rule when absent. */
  ruleIds?: ReadonlySet<string>;
}

/** The edit a finding contributes under the selection, at its node's path. */
function plannedFix(finding: Finding, selection: Omit<FixSelection, "dryRun">): PlannedFix | undefined {
  if (finding.cell || (selection.ruleIds && !selection.ruleIds.has(finding.ruleId))) return undefined;
  if (finding.fix) return { path: finding.fix.path ?? finding.path, value: finding.fix.value };
  const suggested = selection.unsafe ? finding.suggestions?.[0]?.fix : undefined;
  if (!suggested) return undefined;
  return "remove" in suggested ? { path: suggested.path, remove: true } : { path: suggested.path ?? finding.path, value: suggested.value };
}

const samePath = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((s, i) => s === b[i]);

// The diff package writes a non-ASCII file name as a C string of octal escapes
// ("a/catalog/\350\223\254…"), as git does without core.quotePath=false; a catalog's paths are
// Chinese, so the header is written from placeholders and the names put back as they read.
function readablePatch(file: string, before: string, after: string): string {
  const patch = createTwoFilesPatch("old", "new", before, after);
  // Functions, not strings: a `$` in a file name is no replacement pattern.
  return patch.replace(/^--- old(?=\t|\n)/mu, () => `--- a/${file}`).replace(/^\+\+\+ new(?=\t|\n)/mu, () => `+++ b/${file}`);
}

/** Applies the run's fixes; writes nothing when `dryRun`. Files without a fixable finding are not read. */
export function fixFiles(run: LintResult, selection: FixSelection): FileFix[] {
  const out: FileFix[] = [];
  for (const result of run.results) {
    // A finding at a cell is on a platform export (a workbook, a CSV): its fix is a YAML edit, and
    // the export is never rewritten — the clerk corrects the cell (or the YAML after `import`).
    // Where two fixes change one value, the first is applied (the other waits for the next pass):
    // the schema's first, since its fix replaces the whole value with the id a label stands for
    // (`"纸质\u00a0"` → paper) and so leaves nothing for the other (a no-break space) to do.
    const planned = result.findings
      .map((f) => ({ finding: f, fix: plannedFix(f, selection) }))
      .sort((a, b) => Number(b.finding.ruleId === "schema") - Number(a.finding.ruleId === "schema"));
    const fixes = planned.flatMap((p) => (p.fix ? [p.fix] : []));
    const errors = result.findings.filter((f) => f.severity === "error").length;
    if (fixes.length === 0) {
      if (errors > 0) out.push({ file: result.file, filePath: result.filePath, applied: 0, skipped: [], patch: "", errorsLeft: errors });
      continue;
    }
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
    if (changed && !selection.dryRun) writeFileAtomic(result.filePath, after);
    const fixedErrors = planned.filter(
      (p) => p.finding.severity === "error" && p.fix && changed && outcome.appliedPaths.some((path) => samePath(path, p.fix!.path)),
    ).length;
    out.push({
      file: result.file,
      filePath: result.filePath,
      applied: changed ? applied : 0,
      skipped,
      patch: changed ? readablePatch(result.file, before, after) : "",
      errorsLeft: errors - fixedErrors,
    });
  }
  return out;
}
