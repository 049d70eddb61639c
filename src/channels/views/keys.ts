// Compact comparison keys: what a master record's facts keep of a field so that a channel record
// can be compared with it without the master's full view (a province holds 100,000 masters; their
// full views with every display are ~8 KB each). A long key is replaced by a 53-bit hash, a view's
// structure (list entries, limits, fee) is packed into one JSON string without displays or node
// indexes. compareViews over two keyed views finds a difference exactly when it does over the full
// views (keys are only ever compared for equality), so the channel pass uses the keyed views to
// decide, and re-reads the master record for the few that differ, for the displays and paths of
// the message. A hash collision (1 in 2^53 per compared pair) would hide one difference.
import type { Entry, FeeView, FieldView, LimitView, Scalar } from "./field-view.js";

/** cyrb53: a fast 53-bit string hash with good dispersion; exactness comes from comparing only equal-or-not. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export const RAW_HASH_WIDTH = 10;
/** Stands for a field the facts have no hash of: no value's hash reads so. */
export const NO_RAW_HASH = "-".repeat(RAW_HASH_WIDTH);

const base36 = (n: number, width: number) => n.toString(36).slice(-width).padStart(width, "0");

/** A value as one text: its type, then the string or its JSON. */
const rawText = (value: unknown) =>
  typeof value === "string" ? `s${value}` : typeof value === "object" && value !== null ? `j${JSON.stringify(value)}` : `${typeof value}${String(value)}`;

/**
 * A field's value as written, as 10 base-36 characters: the length of its text (mod 1296), then
 * 41 bits of its hash. A channel that shows a field exactly as the master writes it shows the same
 * view of it, so it cannot differ — the common case, decided without reading the value. A
 * different order of keys in a mapping only means the views decide.
 */
export function rawHash(value: unknown): string {
  const text = rawText(value);
  return base36(text.length % 1296, 2) + base36(hash53(text) % 2 ** 41, 8);
}

/** Whether a value may be the one a raw hash was taken of: its length is checked before it is hashed. */
export function sameRaw(hashes: string, at: number, value: unknown): boolean {
  const text = rawText(value);
  if (!hashes.startsWith(base36(text.length % 1296, 2), at)) return false;
  return hashes.startsWith(base36(hash53(text) % 2 ** 41, 8), at + 2);
}

// "#" starts only hashes: a short key that starts with it is hashed too, so the two never meet.
const isHashed = (key: string) => key.charCodeAt(0) === 35;

/**
 * A field's key as the facts keep it: short keys as they are (codes, phones, names: a rule may show
 * them, and the zero-stripping of code-like fields and the 无 of optional texts read them), long
 * ones (lists, long texts) hashed. Two keys are equal iff their viewKeys are.
 */
export function viewKey(key: string): string {
  return key.length <= 24 && !isHashed(key) ? key : `#${hash53(key).toString(36)}`;
}

// Inside a packed shape, only short ASCII keys are kept (one Chinese character would make the whole
// string two bytes a character), and none with a "|", which separates an entry's parts.
const SHORT_ASCII = /^[\x20-\x7b\x7d\x7e]{0,12}$/;
// Channel records repeat the same names and words (a material, an enum value) thousands of times:
// their hashes are remembered, up to a bound.
const tokens = new Map<string, string>();
const TOKENS_KEPT = 50_000;
function token(key: string): string {
  if (SHORT_ASCII.test(key) && !isHashed(key)) return key;
  let t = tokens.get(key);
  if (t === undefined) {
    if (tokens.size >= TOKENS_KEPT) tokens.clear();
    t = `#${hash53(key).toString(36)}`;
    tokens.set(key, t);
  }
  return t;
}

const keyed = (s: Scalar): Scalar => ({ key: token(s.key), display: "" });

function keyedEntry(e: Entry): Entry {
  if (!e.attrs) return keyed(e);
  const attrs: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(e.attrs)) attrs[name] = keyed(value);
  return { key: token(e.key), display: "", attrs };
}

function keyedLimit(l: LimitView): LimitView {
  const out: LimitView = { kind: l.kind, key: token(l.key), display: "" };
  if (l.value !== undefined) out.value = l.value;
  if (l.unit !== undefined) out.unit = l.unit;
  if (l.text !== undefined) out.text = token(l.text);
  return out;
}

function keyedFee(f: FeeView): FeeView {
  const out: FeeView = { chargedNode: f.chargedNode };
  if (f.charged !== undefined) out.charged = f.charged;
  if (f.basis) out.basis = keyed(f.basis);
  if (f.items) out.items = f.items.map(keyedEntry);
  if (f.text) out.text = keyed(f.text);
  return out;
}

const isStructured = (view: FieldView) => view.entries !== undefined || view.limits !== undefined || view.fee !== undefined;

/**
 * A view with its keys as the facts keep them and no displays or indexes: enough for compareViews
 * to decide. A list's, limit's or fee's own key (all its parts joined, the longest key of all) is
 * left out: compareViews compares their parts, never that key.
 */
export function keyedView(view: FieldView): FieldView {
  const out: FieldView = { key: isStructured(view) ? "" : viewKey(view.key), display: "" };
  if (view.number) out.number = true;
  if (view.entries) out.entries = view.entries.map(keyedEntry);
  if (view.limits) {
    const limits: FieldView["limits"] = {};
    for (const [kind, limit] of Object.entries(view.limits) as [keyof typeof limits, LimitView][]) limits[kind] = keyedLimit(limit);
    out.limits = limits;
  }
  if (view.fee) out.fee = keyedFee(view.fee);
  return out;
}

// Packed: an entry is one string, its key then "|" and each attribute as one letter and its key
// (an attribute the table does not know as "~name=key"); a limit is [kind, key, value, unit, text].
type PackedLimit = [LimitView["kind"], string, (number | null)?, (string | null)?, (string | null)?];
interface Packed {
  e?: string[];
  l?: Record<string, PackedLimit>;
  f?: Omit<FeeView, "basis" | "items" | "text"> & { b?: string; i?: string[]; t?: string };
}

const ATTRIBUTE_LETTERS: Record<string, string> = {
  form: "f",
  media: "m",
  copies: "c",
  necessity: "n",
  source: "s",
  eLicense: "e",
  street: "t",
  hours: "h",
  standard: "d",
  timeLimit: "l",
  online: "o",
};
const LETTER_ATTRIBUTES = new Map(Object.entries(ATTRIBUTE_LETTERS).map(([name, letter]) => [letter, name]));

function packEntry(e: Entry): string {
  let out = e.key;
  for (const [name, value] of Object.entries(e.attrs ?? {})) out += `|${ATTRIBUTE_LETTERS[name] ?? `~${name}=`}${value.key}`;
  return out;
}

function unpackEntry(packed: string): Entry {
  const [key, ...parts] = packed.split("|");
  if (parts.length === 0) return { key, display: "" };
  const attrs: Record<string, Scalar> = {};
  for (const part of parts) {
    if (part[0] === "~") {
      const eq = part.indexOf("=");
      attrs[part.slice(1, eq)] = { key: part.slice(eq + 1), display: "" };
    } else {
      attrs[LETTER_ATTRIBUTES.get(part[0]) as string] = { key: part.slice(1), display: "" };
    }
  }
  return { key, display: "", attrs };
}

function packLimit(l: LimitView): PackedLimit {
  const packed: PackedLimit = [l.kind, l.key, l.value ?? null, l.unit ?? null, l.text ?? null];
  while (packed.length > 2 && packed[packed.length - 1] === null) packed.pop();
  return packed;
}

function unpackLimit([kind, key, value, unit, text]: PackedLimit): LimitView {
  const out: LimitView = { kind, key, display: "" };
  if (value !== undefined && value !== null) out.value = value;
  if (unit !== undefined && unit !== null) out.unit = unit as LimitView["unit"];
  if (text !== undefined && text !== null) out.text = text;
  return out;
}

/** The structure of a keyed view (entries, limits, fee) as one string; undefined for a plain scalar. */
export function packShape(view: FieldView): string | undefined {
  if (!isStructured(view)) return undefined;
  const packed: Packed = {};
  if (view.entries) packed.e = view.entries.map(packEntry);
  if (view.limits) {
    packed.l = {};
    for (const [kind, limit] of Object.entries(view.limits)) packed.l[kind] = packLimit(limit);
  }
  if (view.fee) {
    const { basis, items, text, ...rest } = view.fee;
    packed.f = { ...rest, ...(basis ? { b: basis.key } : {}), ...(items ? { i: items.map(packEntry) } : {}), ...(text ? { t: text.key } : {}) };
  }
  return JSON.stringify(packed);
}

/** The keyed view back from a facts' key, number flag and packed shape. */
export function unpackView(key: string, number: boolean | undefined, shape: string | undefined): FieldView {
  const view: FieldView = { key, display: "" };
  if (number) view.number = true;
  if (shape === undefined) return view;
  const packed = JSON.parse(shape) as Packed;
  if (packed.e) view.entries = packed.e.map(unpackEntry);
  if (packed.l) {
    const limits: FieldView["limits"] = {};
    for (const [kind, limit] of Object.entries(packed.l)) limits[kind as keyof typeof limits] = unpackLimit(limit);
    view.limits = limits;
  }
  if (packed.f) {
    const { b, i, t, ...rest } = packed.f;
    const fee: FeeView = { ...rest };
    if (b !== undefined) fee.basis = { key: b, display: "" };
    if (i) fee.items = i.map(unpackEntry);
    if (t !== undefined) fee.text = { key: t, display: "" };
    view.fee = fee;
  }
  return view;
}
