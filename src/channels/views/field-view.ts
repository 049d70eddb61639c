// What a field's comparable form looks like — the contract between the readers in this folder and
// compare.ts, the catalog facts and the API — and which fields are compared at all.
import type { LimitKind } from "../../rules/time-limits.js";
import type { TimeUnit } from "../../vocabulary.js";

/** The top-level fields compared between records (same-source, cross-level, base catalog). */
export const COMPARED_FIELDS = [
  "name",
  "baseCode",
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
  "materials",
  "address",
  "phone",
  "complaintPhone",
  "fee",
  // Added with guide-format's optional elements; last, so that the packed facts of the fields
  // above keep their offsets.
  "conditions",
  "process",
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

// Keys are built from normalised texts, which never hold whitespace (normalizeText removes it), so
// tabs and line feeds can join parts and entries without any chance of a collision.
export const PART = "\t";
export const ENTRY = "\n";
/** Prefix of the key of a text that should have been a number, an enum or a duration but is not one. */
export const TEXT_KEY = "text:";

/** A scalar in comparable form: `key` decides sameness, `display` is how it reads. */
export interface Scalar {
  key: string;
  display: string;
}

/** One entry of a list field; entries keep the index of the node they come from (undefined when split from a text). */
export interface Entry extends Scalar {
  /** Index in the list, when the entry is its own node. */
  index?: number;
  /** Attributes shown with the entry (materials: form, media…; address: street, hours; fee items: standard). */
  attrs?: Record<string, Scalar>;
}

/** One of timeLimit.legal / promised, in comparable form. */
export interface LimitView extends Scalar {
  kind: "none" | "duration" | "text";
  /** duration: the value; the unit is undefined when the channel shows a bare number. */
  value?: number;
  unit?: TimeUnit;
  /** text (channel) / note (master): the normalised text, to accept a channel that shows the note. */
  text?: string;
  /** Read from a { value, unit } mapping (so a path can point at its value or unit). */
  mapping?: true;
}

/** A fee in comparable form. */
export interface FeeView {
  charged?: boolean;
  /** Where `charged` was read from (false for a text / boolean fee, which is the whole node). */
  chargedNode: boolean;
  chargedDisplay?: string;
  basis?: Scalar;
  items?: Entry[];
  /** A text fee other than the yes/no words: its normalised text and how it reads. */
  text?: Scalar;
}

export interface FieldView {
  /** Comparison key: two values are the same after normalisation iff their keys are equal. */
  key: string;
  /** How the value reads, for messages and the character diff (master: as written; channel: as shown). */
  display: string;
  /**
   * List fields (subjects, legalBasis, materials, address): the normalised keys of the entries and
   * how each reads; also the entry's index in the list (when it is its own node) and the attributes
   * it shows (materials: form, media, copies…; address: street, hours).
   */
  entries?: Entry[];
  /** timeLimit: each limit shown, in comparable form. */
  limits?: Partial<Record<LimitKind, LimitView>>;
  /** fee: what it says, in comparable form. */
  fee?: FeeView;
  /** Written as a YAML number (a code or phone that cannot keep its leading zeros). */
  number?: true;
}
