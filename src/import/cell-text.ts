// A SheetJS cell → the text the importer reads, as a clerk sees it in Excel: text as stored
// (codes keep their leading zeros), numbers as their plain digits (0 stays "0"), dates as ISO
// dates. Formulas are never evaluated: the cell's cached value is what the export holds.

/** The fields of a SheetJS cell the importer reads (dense mode, no formatted text). */
export interface SheetCell {
  t?: string;
  v?: unknown;
  /** Formatted text: only some readers (HTML tables) give it even without `cellText`. */
  w?: string;
}

const ERRORS: Record<number, string> = { 0: "#NULL!", 7: "#DIV/0!", 15: "#VALUE!", 23: "#REF!", 29: "#NAME?", 36: "#NUM!", 42: "#N/A", 43: "#GETTING_DATA" };

/**
 * A number as Excel's General format writes it, but with every digit it holds: integers below
 * 10^15 in plain digits; from 10^15 on Excel has already lost digits (it keeps 15), so the value
 * is written in scientific notation (`1.1450721123456789E+30`), which the code decoders report
 * as a precision-lost code at its cell.
 */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return Math.abs(value) < 1e15 ? String(value) : value.toExponential().toUpperCase();
  // 15 significant digits, as Excel stores them: 0.1 + 0.2 reads 0.3.
  return String(Number(value.toPrecision(15)));
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

export function cellText(cell: SheetCell | undefined | null): string {
  if (!cell) return "";
  const { t, v } = cell;
  switch (t) {
    case "s":
      return typeof v === "string" ? v : String(v ?? "");
    case "n":
      return typeof v === "number" ? numberText(v) : String(v ?? "");
    case "b":
      // 是否收费 TRUE reads as the 1 of the national yes/no codes.
      return v ? "1" : "0";
    case "d":
      return v instanceof Date ? dateText(v) : String(v ?? "");
    case "e":
      return cell.w ?? (typeof v === "number" ? (ERRORS[v] ?? "#ERROR") : "#ERROR");
    default:
      return v === undefined || v === null ? "" : String(v);
  }
}
