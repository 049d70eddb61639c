// Platform exports linted in place. Each item of a workbook, CSV or JSON export is read as the
// importer reads it, checked as its YAML master record would be — same rules, same facts, same
// figures — and every finding is then placed at the cell its value came from (`事项!F12`).
//
// Until they are folded back, an export's items travel through the run as files of their own,
// `清单.xlsx#3` (the third item): the catalog-wide rules key findings and related places by file,
// and each item must stay apart from the others for that. Items are checked as records
// (checkRecord), never written as YAML and parsed again.
import type { ExportRead } from "../import/read-export.js";
import { cellOfPath, type RecordOrigin } from "../import/origins.js";
import { type CellPlace, type ImportDiagnostic, type ImportMessageId, LINT_REPORTED_IDS } from "../import/table.js";
import { cellLabel, placedPath } from "../engine/cell-label.js";
import type { FileResult, Finding, RelatedLocation } from "../engine/result.js";
import type { FileSettings } from "../engine/settings.js";
import type { JsonPath } from "../vocabulary.js";
import { checkRecordOutcome, type FileOutcome, type OutcomeNeeds, type RecordHook } from "./file-outcome.js";

/** The file types read as platform exports rather than YAML records. */
const EXPORT_EXTENSION = /\.(xlsx|xlsm|xls|csv|json)$/i;

export function isExportFile(file: string): boolean {
  return EXPORT_EXTENSION.test(file);
}

interface ExportItem {
  /** The export the item belongs to: display and absolute path. */
  file: string;
  filePath: string;
  origin: RecordOrigin;
  code?: string;
}

/** The items of the exports in a run, by their stand-in paths (`/abs/清单.xlsx#3`) and shown paths. */
export class ExportItems {
  private readonly byPath = new Map<string, ExportItem>();
  private readonly byShown = new Map<string, ExportItem>();
  /** Each export's own result: what the importer could not read (rule export-data), and the items' findings once folded. */
  private readonly exports = new Map<string, FileResult>();

  /** The exports checked in this run (an unreadable one too: its result is the finding that says so). */
  get size(): number {
    return this.exports.size;
  }

  /** Checks each record of one export as its YAML would be checked; the importer's diagnostics become findings of export-data. */
  check(file: { file: string; filePath: string }, read: ExportRead, settings: FileSettings, needs: OutcomeNeeds, onRecord?: RecordHook): FileOutcome[] {
    const setting = settings.rules.get("export-data");
    // As for a YAML file that cannot be read: a finding on the file (the others are checked all the same).
    if (!read.ok) {
      const findings: Finding[] = setting ? [{ ...unreadableFinding(read.detail), severity: setting.severity }] : [];
      this.exports.set(file.filePath, { file: file.file, filePath: file.filePath, findings });
      return [];
    }
    const findings = setting ? read.diagnostics.flatMap((d) => (REPORTED.has(d.id) ? [diagnosticFinding(d, setting.severity)] : [])) : [];
    this.exports.set(file.filePath, { file: file.file, filePath: file.filePath, findings });
    return read.records.map((imported, index) => {
      // Shown where a list names files (metrics' skipped records): the export and the item's code cell.
      const codeCell = cellLabel(cellOfPath(imported.origin, ["code"]));
      const ref = { file: `${file.file} ${codeCell}`, filePath: `${file.filePath}#${index + 1}` };
      const code = typeof imported.record.code === "string" ? imported.record.code : undefined;
      const item: ExportItem = { ...file, origin: imported.origin, ...(code !== undefined ? { code } : {}) };
      this.byPath.set(ref.filePath, item);
      // Related places name a file by the display form of its path (`清单.csv#3`), facts by the ref's.
      this.byShown.set(ref.file, item);
      this.byShown.set(`${file.file}#${index + 1}`, item);
      return checkRecordOutcome(imported.record, ref, settings, needs, onRecord);
    });
  }

  /**
   * The run's results with each export's items folded into one result for the export: every
   * finding (and every related place in an export) at its cell, in the sheet's order.
   */
  fold(results: readonly FileResult[]): FileResult[] {
    if (this.exports.size === 0) return [...results];
    const out: FileResult[] = [...this.exports.values()];
    for (const result of results) {
      const item = this.byPath.get(result.filePath);
      // The export's own result is already out; the pass has none for the export itself, only for its items.
      if (this.exports.has(result.filePath)) continue;
      if (!item) {
        out.push(this.withPlacedRelated(result));
        continue;
      }
      const into = this.exports.get(item.filePath)!;
      const place = (finding: Finding) => this.placed(finding, item, result.itemCode);
      into.findings.push(...result.findings.map(place));
      if (result.suppressed?.length) into.suppressed = [...(into.suppressed ?? []), ...result.suppressed.map((s) => ({ ...s, ...place(s) }))];
      if (result.baselined?.length) into.baselined = [...(into.baselined ?? []), ...result.baselined.map(place)];
    }
    for (const result of this.exports.values()) result.findings.sort(bySheetOrder);
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  private placed(finding: Finding, item: ExportItem, itemCode: string | undefined): Finding {
    const cell = cellOfPath(item.origin, placedPath(finding));
    const code = finding.itemCode ?? itemCode ?? item.code;
    return {
      ...finding,
      ...cellPosition(cell),
      cell: cellOf(cell),
      ...(code !== undefined ? { itemCode: code } : {}),
      ...(finding.related ? { related: finding.related.map((r) => this.placedRelated(r)) } : {}),
    };
  }

  private withPlacedRelated(result: FileResult): FileResult {
    if (!result.findings.some((f) => f.related?.some((r) => this.byShown.has(r.file)))) return result;
    return { ...result, findings: result.findings.map((f) => (f.related ? { ...f, related: f.related.map((r) => this.placedRelated(r)) } : f)) };
  }

  private placedRelated(location: RelatedLocation): RelatedLocation {
    const item = this.byShown.get(location.file);
    if (!item) return location;
    const cell = cellOfPath(item.origin, location.path ?? ([] as JsonPath));
    return { ...location, file: item.file, ...cellPosition(cell), cell: cellOf(cell) };
  }
}

const REPORTED = new Set<ImportMessageId>(LINT_REPORTED_IDS);

/** A diagnostic as a finding at its cell; a warning of the importer stays a warning whatever the rule's level. */
function diagnosticFinding(d: ImportDiagnostic, severity: Finding["severity"]): Finding {
  const position = d.at ? cellPosition(d.at) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    ruleId: "export-data",
    severity: d.severity === "warning" ? "warning" : severity,
    messageId: d.id,
    data: d.data,
    path: [],
    ...position,
    ...(d.at ? { cell: cellOf(d.at) } : {}),
  };
}

function unreadableFinding(detail: string): Omit<Finding, "severity"> {
  return { ruleId: "export-data", messageId: "unreadable", data: { detail }, path: [], line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** A finding's line and column on a sheet: the cell's row and column; a JSON path has neither (1:1). */
function cellPosition(cell: CellPlace) {
  const [line, column] = cell.cell === undefined ? [1, 1] : [cell.row, cell.column];
  return { line, column, endLine: line, endColumn: column };
}

function cellOf(cell: CellPlace): NonNullable<Finding["cell"]> {
  return { ...(cell.sheet !== undefined ? { sheet: cell.sheet } : {}), ...(cell.cell !== undefined ? { cell: cell.cell } : {}), place: cell.place };
}

const bySheetOrder = (a: Finding, b: Finding) =>
  (a.cell?.sheet ?? "").localeCompare(b.cell?.sheet ?? "") || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
