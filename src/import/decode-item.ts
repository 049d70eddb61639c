// One row's cells → the fields of a guidelint record (platform-data.md §4), with a diagnostic for
// every cell that cannot be decoded. An unknown code is written as found, so `schema` flags it too.
import { parseDuration } from "../time/duration.js";
import { splitText } from "../text/split.js";
import { type DictionaryName, isPlaceholder, lookUp, splitValues } from "./dictionaries.js";
import type { ColumnField, ColumnMap } from "./headers.js";
import type { FieldDictionaries } from "./presets.js";
import type { ImportDiagnostic, Table } from "./table.js";

export type Fields = Record<string, unknown>;

/** Reads one row's cells by field, reporting a cell's problem at that cell (`事项!F12`). */
export class RowReader {
  private readonly cells: readonly string[];
  readonly place: string;

  constructor(
    private readonly table: Table,
    private readonly index: number,
    private readonly columns: ColumnMap,
    private readonly diagnostics: ImportDiagnostic[],
    /** The preset's and the mapping file's codes, by field, looked in before the national ones. */
    private readonly dictionaries: FieldDictionaries = {},
  ) {
    const row = table.rows[index];
    this.cells = row.cells;
    this.place = row.place;
  }

  text(field: ColumnField): string | undefined {
    const index = this.columns[field];
    const value = index === undefined ? undefined : this.cells[index]?.trim();
    return value === undefined || value === "" ? undefined : value;
  }

  /** A dictionary value; an unknown one is kept as found, with a diagnostic. */
  coded(field: ColumnField, dictionary: DictionaryName): string | undefined {
    const raw = this.text(field);
    if (raw === undefined || isPlaceholder(raw)) return undefined;
    const value = this.lookUp(field, dictionary, raw);
    if (value === undefined) this.unmapped(field, raw);
    return value ?? raw;
  }

  /** One code of the field's cell in its dictionary, as this import's mapping extends it. */
  lookUp(field: ColumnField, dictionary: DictionaryName, code: string): string | undefined {
    return lookUp(dictionary, code, this.dictionaries[field]);
  }

  unmapped(field: ColumnField, value: string): void {
    this.reportAt(field, { severity: "warning", id: "importUnmappedValue", data: { field, value } });
  }

  report(diagnostic: Omit<ImportDiagnostic, "place">): void {
    this.diagnostics.push({ ...diagnostic, place: this.place, at: this.table.cellPlace(this.index, 0) });
  }

  /** At the field's cell in this row, or at the row when the field has no column. */
  reportAt(field: ColumnField, diagnostic: Omit<ImportDiagnostic, "place">): void {
    const column = this.columns[field];
    if (column === undefined) {
      this.report(diagnostic);
      return;
    }
    const at = this.table.cellPlace(this.index, column);
    this.diagnostics.push({ ...diagnostic, place: at.place, at });
  }
}

export function decodeItemFields(row: RowReader): Fields {
  const fields: Fields = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) fields[key] = value;
  };
  set("code", codeOf(row));
  set("baseCode", baseCodeOf(row));
  set("name", row.text("name"));
  set("type", row.coded("type", "type"));
  set("level", levelOf(row));
  set("region", regionOf(row.text("region")));
  set("department", row.text("department"));
  set("subjects", subjectsOf(row));
  set("legalBasis", legalBasisOf(row.text("legalBasis")));
  const legal = limitOf(row, "legal", "legalUnit", "legalNote");
  const promised = limitOf(row, "promised", "promisedUnit", "promisedNote");
  if (legal !== undefined || promised !== undefined) fields.timeLimit = { legal: legal ?? null, promised: promised ?? null };
  set("processing", row.coded("processing", "processing"));
  set("runs", wholeNumber(row, "runs"));
  const reason = row.text("onSiteReason");
  if (row.text("runs") !== undefined || reason !== undefined) fields.onSiteReason = reason === undefined || isPlaceholder(reason) ? null : reason;
  set("onlineDepth", depthOf(row));
  set("conditions", conditionsOf(row.text("conditions")));
  return fields;
}

/** Address, phones and fee: after the material columns in guide-format's order. */
export function decodeItemTail(row: RowReader): Fields {
  const fields: Fields = {};
  const place = row.text("place");
  if (place !== undefined) {
    const address: Fields = { place };
    const street = row.text("street");
    const hours = row.text("hours");
    if (street !== undefined) address.street = street;
    if (hours !== undefined) address.hours = hours;
    fields.address = [address];
  }
  const phone = phoneOf(row.text("phone"));
  if (phone !== undefined) fields.phone = phone;
  const complaint = phoneOf(row.text("complaintPhone"));
  if (complaint !== undefined) fields.complaintPhone = complaint;
  const fee = row.coded("feeCharged", "yesNo");
  if (fee !== undefined) {
    fields.fee = { charged: fee === "true" ? true : fee === "false" ? false : fee, ...feeDetails(row) };
  }
  // 事项版本: a whole number stays one (16); anything else as written ("v16"), for same-source-stale.
  const version = row.text("version");
  if (version !== undefined) fields.version = /^\d{1,9}$/u.test(version) ? Number(version) : version;
  return fields;
}

export function decodeMaterial(row: RowReader): Fields | undefined {
  const name = row.text("material.name");
  if (name === undefined) return undefined;
  const material: Fields = { name };
  const set = (key: string, value: unknown) => {
    if (value !== undefined) material[key] = value;
  };
  set("form", row.coded("material.form", "form"));
  set("media", row.coded("material.media", "media"));
  set("copies", wholeNumber(row, "material.copies"));
  set("necessity", row.coded("material.necessity", "necessity"));
  set("source", row.coded("material.source", "source"));
  const eLicense = row.coded("material.eLicense", "yesNo");
  if (eLicense !== undefined) material.eLicense = eLicense === "true" ? true : eLicense === "false" ? false : eLicense;
  return material;
}

// 收费依据 as text; 收费项目及标准 one item a line, `name：standard` (a line without the colon is a
// name alone). Placeholders (无) are no basis and no items.
function feeDetails(row: RowReader): Fields {
  const details: Fields = {};
  const basis = row.text("feeBasis");
  if (basis !== undefined && !isPlaceholder(basis)) details.basis = basis;
  const items = row.text("feeItems");
  if (items !== undefined && !isPlaceholder(items)) {
    details.items = items
      .split(/\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .map((line) => {
        const at = line.search(/[：:]/);
        return at < 0 ? { name: line } : { name: line.slice(0, at).trim(), standard: line.slice(at + 1).trim() };
      });
  }
  return details;
}

// Codes stored as numbers lose their leading zeros (§5): a 12-character code is restored, with a
// warning; one in scientific notation (1.1451E+17) has lost digits that nothing can restore.
const SCIENTIFIC = /^\d(?:\.\d+)?E\+\d+$/i;

// A 实施编码 stored as a number (all digits: a code without its credit code's letters) is shown
// in scientific notation: the digits are gone, as for a base code.
function codeOf(row: RowReader): string | undefined {
  const text = row.text("code");
  if (text !== undefined && SCIENTIFIC.test(text)) row.reportAt("code", { severity: "error", id: "importPrecisionLost", data: { field: "code", value: text } });
  return text;
}

function baseCodeOf(row: RowReader): string | undefined {
  const text = row.text("baseCode");
  if (text === undefined) return undefined;
  if (SCIENTIFIC.test(text)) {
    row.reportAt("baseCode", { severity: "error", id: "importPrecisionLost", data: { field: "baseCode", value: text } });
    return text;
  }
  if (!/^\d{1,11}$/.test(text)) return text;
  const repaired = text.padStart(12, "0");
  row.reportAt("baseCode", { severity: "warning", id: "importCodeRepaired", data: { field: "baseCode", value: text, repaired } });
  return repaired;
}

// The first phone number in a 咨询方式 cell: labels and other text dropped, an em dash as the
// ASCII hyphen (Guangxi writes 0777—6428820); a cell without one is kept for the rules to judge.
// A cell that is the number alone is kept as written: its full-width digits or dash are
// phone-format's to report (and fix), not the importer's to change unseen.
function phoneOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const folded = text.normalize("NFKC").replace(/[—–－]/g, "-");
  const number = /\d{3,4}-\d{7,8}|1\d{10}|\d{7,8}/.exec(folded)?.[0];
  return number === undefined || number === folded.trim() ? text : number;
}

// A 12-digit area code (510921000000) names the county by its first 6 digits.
function regionOf(text: string | undefined): string | undefined {
  return text !== undefined && /^\d{12}$/.test(text) ? text.slice(0, 6) : text;
}

// The body's own level: character 19 of the implementation code, else a single-valued level cell.
function levelOf(row: RowReader): string | undefined {
  const fromCode = row.text("code")?.[18];
  const fromCell = row.text("level");
  if (fromCell !== undefined && splitValues(fromCell).length === 1) return row.coded("level", "level");
  return fromCode !== undefined ? row.lookUp("level", "level", fromCode) : undefined;
}

function subjectsOf(row: RowReader): string[] | undefined {
  const raw = row.text("subjects");
  if (raw === undefined) return undefined;
  const values: string[] = [];
  for (const part of splitValues(raw)) {
    const value = row.lookUp("subjects", "subjects", part);
    if (value === undefined) row.unmapped("subjects", part);
    const kept = value ?? part;
    if (!values.includes(kept)) values.push(kept);
  }
  return values;
}

// 网上办理深度 is multi-valued (`6,1`); the deepest code wins. A cell with no known code is kept as
// found, as the diagnostic says, so the schema reports it at its cell rather than as missing.
function depthOf(row: RowReader): number | string | undefined {
  const raw = row.text("onlineDepth");
  if (raw === undefined) return undefined;
  let depth: number | undefined;
  for (const part of splitValues(raw)) {
    const value = row.lookUp("onlineDepth", "onlineDepth", part);
    if (value === undefined) row.unmapped("onlineDepth", part);
    else depth = Math.max(depth ?? 0, Number(value));
  }
  return depth ?? raw;
}

function wholeNumber(row: RowReader, field: ColumnField): number | undefined {
  const raw = row.text(field);
  if (raw === undefined) return undefined;
  const digits = /^(\d+)\s*[次份]?$/.exec(raw.normalize("NFKC"));
  if (digits) return Number(digits[1]);
  row.unmapped(field, raw);
  return undefined;
}

/** A limit: a number with a unit column, or a text (`20个工作日`, 即办件); 无 / blank / ≥ 200 → null. */
function limitOf(row: RowReader, field: ColumnField, unitField: ColumnField, noteField: ColumnField): unknown {
  const raw = row.text(field);
  if (raw === undefined) return undefined;
  const note = row.text(noteField);
  const withNote = (limit: Record<string, unknown>) => (note !== undefined && !isPlaceholder(note) ? { ...limit, note } : limit);
  if (isPlaceholder(raw)) return null;
  const number = /^\d+$/.test(raw.normalize("NFKC").trim()) ? Number(raw.normalize("NFKC")) : undefined;
  if (number !== undefined) {
    // Epoint shows ≥ 200 days as 无 (§5).
    if (number >= 200) return null;
    const unit = row.coded(unitField, "timeUnit") ?? "working-day";
    return withNote({ value: number, unit });
  }
  // 即办件 as a limit: done on the spot, zero days.
  const parsed = /^即办/.test(raw.trim()) ? { value: 0, unit: "working-day" } : parseDuration(raw);
  if (parsed === "none") return null;
  if (parsed === undefined) {
    row.reportAt(field, { severity: "warning", id: "importUnparsedDuration", data: { field, value: raw } });
    return withNote({ value: raw });
  }
  return withNote({ value: parsed.value, unit: parsed.unit });
}

/** 设定依据 text: one basis a line (or `；`); `《law》第…条：text` split into its parts, else the whole text as `law`. */
function legalBasisOf(text: string | undefined): Fields[] | undefined {
  if (text === undefined || isPlaceholder(text)) return undefined;
  return (
    text
      // A basis ends at a line break, or at a semicolon that starts the next 《law》: a semicolon
      // inside a basis's own text is part of it.
      .split(/\n|[；;](?=\s*《)/)
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .map((part) => {
        const m = /^《([^》]+)》\s*(第[^：:，,\s]*?[条款项])?[：:，,\s]*(.*)$/s.exec(part);
        if (!m) return { law: part };
        const basis: Fields = { law: m[1] };
        if (m[2]) basis.article = m[2];
        if (m[3]) basis.text = m[3];
        return basis;
      })
  );
}

/** 受理条件: one condition a line (or between ；), as the platforms' text areas hold them. */
function conditionsOf(cell: string | undefined): string[] | undefined {
  if (cell === undefined) return undefined;
  const conditions = splitText(cell, "\n\r；;");
  return conditions.length > 0 ? conditions : undefined;
}
