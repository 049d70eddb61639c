/** 1 → A, 26 → Z, 27 → AA: a 1-based spreadsheet column's letters in A1 form. */
export function columnName(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
