// The fields a column can fill, and a header row → its columns. Which words name which field is
// a preset's (presets.ts): the national element names, Guangxi's lower_snake keys, Zhejiang's
// camelCase keys… Headers are normalised first, because real exports glue notes, asterisks and
// line breaks to them.
import { type ColumnField, EXTRA_FIELD, type ExtraField, isColumnField } from "./column-fields.js";
import { type HeaderVocabulary, vocabularyOf } from "./presets.js";

export type { ColumnField };

/** §4: NFKC; no spaces, line breaks or `*`; no `（必填）`; no trailing `，…` note or a form label's `：`. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/[\s*]/g, "")
    .replace(/\(必填\)/g, "")
    .replace(/,.*$/, "")
    .replace(/:$/, "")
    .toLowerCase();
}

/**
 * The field of a normalised header in a vocabulary; a header with a note in brackets after the
 * element's name (`法定办结时限（工作日）`, `份数(份)`: forms put units there) names that element.
 */
function fieldIn(vocabulary: HeaderVocabulary, header: string): ColumnField | undefined {
  return vocabulary.get(header) ?? vocabulary.get(header.replace(/\([^()]*\)$/, ""));
}

/** The field a header names in the vocabulary of every preset (`--preset auto`). */
export function fieldOfHeader(header: string): ColumnField | undefined {
  return fieldIn(vocabularyOf("auto"), normalizeHeader(header));
}

/** A header row's columns: the field of each known column, by index; the first column wins a field. */
export type ColumnMap = Partial<Record<ColumnField, number>>;

/**
 * A mapping file's `columns`, normalised header → field, or null for a column to ignore. Its
 * columns are taken first, so a header the user mapped wins its field over a preset's word.
 */
export type ColumnOverrides = ReadonlyMap<string, ColumnField | ExtraField | null>;

const NO_OVERRIDES: ColumnOverrides = new Map();

export function mapColumns(cells: readonly string[], vocabulary: HeaderVocabulary = vocabularyOf("auto"), overrides = NO_OVERRIDES): ColumnMap {
  const map: ColumnMap = {};
  const headers = cells.map(normalizeHeader);
  headers.forEach((header, index) => {
    const field = overrides.get(header);
    if (field && isColumnField(field) && map[field] === undefined) map[field] = index;
  });
  headers.forEach((header, index) => {
    if (overrides.has(header)) return;
    const field = fieldIn(vocabulary, header);
    if (field && map[field] === undefined) map[field] = index;
  });
  return map;
}

/** The header row among the first 15: the one with most known columns, at least 3 (title rows above it are skipped). */
export function detectHeaderRow(
  rows: readonly { cells: string[] }[],
  vocabulary: HeaderVocabulary = vocabularyOf("auto"),
  overrides = NO_OVERRIDES,
): number | undefined {
  let best: number | undefined;
  let bestCount = 2;
  rows.slice(0, 15).forEach((row, index) => {
    const count = Object.keys(mapColumns(row.cells, vocabulary, overrides)).length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

/** The columns a mapping keeps as `x-` keys, each key's first column: item keys and material keys. */
export function extraColumns(cells: readonly string[], overrides: ColumnOverrides): { key: ExtraField; column: number }[] {
  const seen = new Set<string>();
  return cells.flatMap((cell, column) => {
    const key = overrides.get(normalizeHeader(cell));
    if (!key || !EXTRA_FIELD.test(key) || seen.has(key)) return [];
    seen.add(key);
    return [{ key: key as ExtraField, column }];
  });
}
