// How the formats name the place of a finding on a platform export: the cell as Excel names it
// (`事项!F12`; a CSV's cells by their A1 name, the file being the sheet), or a JSON export's path.
import type { JsonPath } from "../vocabulary.js";
import type { CellLocation, Finding } from "./result.js";

export function cellLabel(cell: CellLocation): string {
  if (cell.cell === undefined) return cell.place.slice(cell.place.indexOf(":") + 1);
  return cell.sheet !== undefined ? `${quotedSheet(cell.sheet)}!${cell.cell}` : cell.cell;
}

/** Excel quotes a sheet name that is not one plain word: `'Sheet 1'!A1`, with quotes doubled. */
function quotedSheet(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}

/**
 * The path whose cell a finding stands at: a missing element is reported on its parent, but an
 * export may have a column for it, left empty — the cell to fill in.
 */
export function placedPath(finding: Finding): JsonPath {
  return finding.messageId === "required" && typeof finding.data.missing === "string" ? [...finding.path, finding.data.missing] : finding.path;
}

/** `line:col` for a YAML file, the cell for an export. */
export function whereOf(finding: Finding): string {
  return finding.cell ? cellLabel(finding.cell) : `${finding.line}:${finding.column}`;
}

/** A message for a format that has no cells of its own (SARIF, GitHub, Checkstyle): the cell first. */
export function withCell(finding: Finding, message: string): string {
  return finding.cell ? `${cellLabel(finding.cell)}: ${message}` : message;
}
