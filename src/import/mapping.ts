// A mapping file (`guidelint import --mapping mapping.yaml`, platform-data.md §9 step 3), and the
// mapping an import runs with: the preset's header words and codes, then the file's own columns,
// codes, defaults, header rows and rows to skip on top. With no file: `auto`, every preset's words.
import type { Dictionary } from "./dictionaries.js";
import type { Fields } from "./decode-item.js";
import type { ExtraField } from "./column-fields.js";
import { type ColumnField, type ColumnOverrides, normalizeHeader } from "./headers.js";
import { type FieldDictionaries, type HeaderVocabulary, type PresetName, presetDictionaries, vocabularyOf } from "./presets.js";

/** The fields a mapping file may give a default for: the item's own, one value each (or a list of subjects). */
export const DEFAULT_FIELDS = ["region", "level", "department", "type", "processing", "phone", "complaintPhone", "subjects"] as const;

/** A mapping file as schemas/import-mapping.schema.json lets it be written. */
export interface MappingFile {
  preset?: PresetName | "auto";
  /** 1-based sheet row of the header in every table; `sheets` sets it per table. */
  headerRow?: number;
  sheets?: Record<string, { headerRow?: number }>;
  columns?: Record<string, ColumnField | ExtraField | null>;
  dictionaries?: Partial<Record<ColumnField, Record<string, string>>>;
  defaults?: Partial<Record<(typeof DEFAULT_FIELDS)[number], string | string[]>>;
  skip?: Record<string, Array<string | number>>;
}

export interface ResolvedMapping {
  preset: PresetName | "auto";
  vocabulary: HeaderVocabulary;
  /** Normalised header → field, or null: a column to ignore. */
  columns: ColumnOverrides;
  /** The preset's codes with the file's on top, by field. */
  dictionaries: FieldDictionaries;
  defaults: Fields;
  /** Normalised header → the normalised values whose rows are skipped. */
  skip: ReadonlyMap<string, { header: string; values: ReadonlySet<string> }>;
  /** The 1-based header row of a table, by its name (sheet, else file), else of every table. */
  headerRow(tableName: string): number | undefined;
  /** What the mapping was made from, printed back by `--print-mapping --format yaml`. */
  source: MappingFile;
}

/** A cell value as compared with a mapping's skip values. */
export const normalizeValue = (value: string): string => value.normalize("NFKC").trim();

/** A code as a dictionary keys it: `01` is `1`, as lookUp reads a cell. */
const normalizeCode = (code: string): string => normalizeValue(code).replace(/^0+(?=\d)/, "");

/** The mapping of a file (none: `auto`); `preset` (`--preset`) wins over the file's. */
export function resolveMapping(file: MappingFile = {}, preset?: PresetName | "auto"): ResolvedMapping {
  const chosen = preset ?? file.preset ?? "auto";
  const dictionaries: FieldDictionaries = { ...presetDictionaries(chosen) };
  for (const [field, codes] of Object.entries(file.dictionaries ?? {}) as [ColumnField, Record<string, string>][]) {
    const normalised: Dictionary = Object.fromEntries(Object.entries(codes).map(([code, value]) => [normalizeCode(code), value]));
    dictionaries[field] = { ...dictionaries[field], ...normalised };
  }
  const sheets = file.sheets ?? {};
  return {
    preset: chosen,
    vocabulary: vocabularyOf(chosen),
    columns: new Map(Object.entries(file.columns ?? {}).map(([header, field]) => [normalizeHeader(header), field])),
    dictionaries,
    // A record's subjects are a list: one default subject is a list of one.
    defaults: Object.fromEntries(Object.entries(file.defaults ?? {}).map(([key, value]) => [key, key === "subjects" ? [value].flat() : value])),
    skip: new Map(
      Object.entries(file.skip ?? {}).map(([header, values]) => [
        normalizeHeader(header),
        { header, values: new Set(values.map((v) => normalizeValue(String(v)))) },
      ]),
    ),
    headerRow: (name) => (Object.hasOwn(sheets, name) ? sheets[name].headerRow : undefined) ?? file.headerRow,
    source: { ...file, preset: chosen },
  };
}

// guide-format's order of an item's keys: a default goes where the field would have been.
const KEY_ORDER = [
  "code",
  "baseCode",
  "handleCode",
  "name",
  "type",
  "level",
  "region",
  "department",
  "subjects",
  "legalBasis",
  "timeLimit",
  "processing",
  "runs",
  "onSiteReason",
  "onlineDepth",
  "conditions",
  "materials",
  "address",
  "phone",
  "complaintPhone",
  "fee",
];

/** The record with the mapping's defaults for the fields it has no value for, keys in guide order. */
export function withDefaults(record: Fields, defaults: Fields): Fields {
  const missing = Object.entries(defaults).filter(([key]) => record[key] === undefined);
  if (missing.length === 0) return record;
  const rank = (key: string) => (KEY_ORDER.includes(key) ? KEY_ORDER.indexOf(key) : KEY_ORDER.length);
  return Object.fromEntries([...Object.entries(record), ...missing].sort(([a], [b]) => rank(a) - rank(b)));
}
