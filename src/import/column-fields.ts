// The fields a column of an export can fill: what a header word names (presets.ts), a mapping
// file's `columns` maps to, and a record origin's column map is keyed by.
/** Every field a column can fill; a mapping file's `columns` names one of these (or null). */
export const COLUMN_FIELDS = [
  "name",
  "baseCode",
  "code",
  "type",
  "level",
  "region",
  "department",
  "subjects",
  "legalBasis",
  "legal",
  "legalUnit",
  "legalNote",
  "promised",
  "promisedUnit",
  "promisedNote",
  "processing",
  "runs",
  "onSiteReason",
  "onlineDepth",
  "conditions",
  "feeCharged",
  "feeBasis",
  "feeItems",
  "place",
  "street",
  "hours",
  "phone",
  "complaintPhone",
  "material.name",
  "material.form",
  "material.media",
  "material.copies",
  "material.necessity",
  "material.source",
  "material.eLicense",
  "state",
  "version",
] as const;

export type ColumnField = (typeof COLUMN_FIELDS)[number];

/**
 * What a mapping file may map a column to besides a field: an `x-` key the record keeps as found
 * (`x-localInnerCode`), or a material's (`material.x-kind`), which guide-format allows anywhere.
 */
export type ExtraField = `x-${string}` | `material.x-${string}`;

// Kept equal to the pattern of schemas/import-mapping.schema.json's `columns` by a test.
export const EXTRA_FIELD = /^(?:material\.)?x-[A-Za-z0-9][A-Za-z0-9_-]*$/;

const FIELDS: ReadonlySet<string> = new Set(COLUMN_FIELDS);

export const isColumnField = (field: string): field is ColumnField => FIELDS.has(field);
