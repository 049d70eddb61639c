// Which unit (department or region) each finding belongs to: the unit of the item it is about, as
// the item's own record states it (catalog facts), collected while the one lint pass reads them.
import type { FileResult, Finding } from "../engine/result.js";
import type { RecordHook } from "../pipeline/file-outcome.js";

export type SplitDimension = "department" | "region";

/** The list of findings no item claims (a file that does not parse has no department). */
export const UNASSIGNED = "\u0000unassigned";

type Units = Partial<Record<SplitDimension, string>>;

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : typeof value === "number" ? String(value) : undefined);

/** The units of every record the pass reads; `hook` goes to lint()'s onRecord. */
export class RecordUnits {
  /** By file and item code: an export holds many items in one file. */
  private readonly byPlace = new Map<string, Units>();
  /** By file, when the file holds one record (null: several). */
  private readonly byFile = new Map<string, Units | null>();
  private readonly byCode = new Map<string, Units>();
  private readonly records: Array<{ file: string; units: Units }> = [];

  readonly hook: RecordHook = (record, source) => {
    const units: Units = { department: text(record.department), region: text(record.region) };
    const code = text(record.code);
    if (code !== undefined) {
      this.byPlace.set(`${source.file}\u0000${code}`, units);
      if (!this.byCode.has(code)) this.byCode.set(code, units);
    }
    this.byFile.set(source.file, this.byFile.has(source.file) ? null : units);
    this.records.push({ file: source.file, units });
  };

  /** How many files hold each unit's records (a unit's 检查文件数). */
  filesOf(dimension: SplitDimension): Map<string, number> {
    const files = new Map<string, Set<string>>();
    for (const { file, units } of this.records) {
      const unit = units[dimension] ?? UNASSIGNED;
      const set = files.get(unit) ?? new Set<string>();
      set.add(file);
      files.set(unit, set);
    }
    return new Map([...files].map(([unit, set]) => [unit, set.size]));
  }

  /** The unit of the item at this place: its file and code, else the file's one record, else the code's. */
  unitAt(dimension: SplitDimension, file: string, itemCode: string | undefined): string | undefined {
    const units =
      (itemCode !== undefined ? this.byPlace.get(`${file}\u0000${itemCode}`) : undefined) ??
      this.byFile.get(file) ??
      (itemCode !== undefined ? this.byCode.get(itemCode) : undefined);
    return units?.[dimension];
  }

  /**
   * A finding's unit: a same-source finding (on a channel's snapshot) belongs to the master
   * record's item; any other to its file's item. UNASSIGNED when no record claims it.
   */
  unitOf(dimension: SplitDimension, result: Pick<FileResult, "file" | "itemCode">, finding: Finding): string {
    const master = finding.ruleId.startsWith("same-source-") ? finding.related?.[0] : undefined;
    const unit = master
      ? this.unitAt(dimension, master.file, master.itemCode ?? finding.itemCode)
      : this.unitAt(dimension, result.file, finding.itemCode ?? result.itemCode);
    return unit ?? UNASSIGNED;
  }
}

/** The run's results, one copy per unit holding only that unit's findings (suppressed and baselined too). */
export function resultsByUnit(results: readonly FileResult[], units: RecordUnits, dimension: SplitDimension): Map<string, FileResult[]> {
  const byUnit = new Map<string, Map<FileResult, FileResult>>();
  const copyIn = (unit: string, result: FileResult): FileResult => {
    const copies = byUnit.get(unit) ?? new Map<FileResult, FileResult>();
    byUnit.set(unit, copies);
    let copy = copies.get(result);
    if (!copy) {
      copy = { file: result.file, filePath: result.filePath, ...(result.itemCode ? { itemCode: result.itemCode } : {}), findings: [] };
      copies.set(result, copy);
    }
    return copy;
  };
  for (const result of results) {
    for (const finding of result.findings) copyIn(units.unitOf(dimension, result, finding), result).findings.push(finding);
    for (const finding of result.suppressed ?? []) {
      const copy = copyIn(units.unitOf(dimension, result, finding), result);
      copy.suppressed = [...(copy.suppressed ?? []), finding];
    }
    for (const finding of result.baselined ?? []) {
      const copy = copyIn(units.unitOf(dimension, result, finding), result);
      copy.baselined = [...(copy.baselined ?? []), finding];
    }
  }
  return new Map([...byUnit].map(([unit, copies]) => [unit, [...copies.values()]]));
}
