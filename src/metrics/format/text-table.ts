// Aligned columns for a terminal. Widths count terminal columns (a CJK character takes two), and
// colour is applied after padding so escape codes never throw the alignment off. Cell texts (a
// department's name) are shown with control characters escaped, before widths are counted.
import { terminalSafe } from "../../text/visible-controls.js";

export interface Cell {
  text: string;
  align?: "left" | "right";
  paint?: (text: string) => string;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Rows of cells → lines, two spaces between columns, indented by two; no trailing blanks. */
export function renderTable(given: readonly (readonly Cell[])[], indent = "  "): string[] {
  const rows = given.map((row) => row.map((cell) => ({ ...cell, text: terminalSafe(cell.text) })));
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell.text));
  }
  return rows.map((row) => {
    const cells = row.map((cell, i) => {
      const gap = " ".repeat(widths[i] - displayWidth(cell.text));
      const last = i === row.length - 1;
      const padded = cell.align === "right" ? gap + cell.text : last ? cell.text : cell.text + gap;
      return cell.paint ? cell.paint(padded) : padded;
    });
    return indent + cells.join("  ").trimEnd();
  });
}
