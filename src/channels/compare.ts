// A channel record compared with the master record, field by field, after the normalisation of
// views/. Only what the channel shows is compared: a field it leaves out, or an attribute of a
// material it does not print, is not a difference. What the channel shows and the master leaves
// empty is one (同源: every channel shows the master's data, no more and no less).
import { isBlank, isRecord } from "../rules/access.js";
import { LIMIT_KINDS, type LimitKind } from "../rules/time-limits.js";
import { normalizeText } from "../text/normalize.js";
import { ADDRESS_ATTRIBUTES } from "./views/address.js";
import { feeDisplay } from "./views/fee.js";
import { COMPARED_FIELDS, type ComparedField, type Entry, type FeeView, type FieldView, type LimitView, type Scalar } from "./views/field-view.js";
import { MATERIAL_ATTRIBUTES } from "./views/materials.js";
import { PROCESS_ATTRIBUTES } from "./views/process.js";
import { sameLimit } from "./views/time-limit.js";
import { viewField } from "./views/view-field.js";

export interface FieldMismatch {
  field: ComparedField;
  /** Display of the master value ("" when the master leaves it empty). */
  master: string;
  /** Display of the channel value. */
  channel: string;
  /** List fields: entries the channel lacks / adds (displays). */
  missing?: string[];
  extra?: string[];
  /**
   * An attribute of one list entry (a material's form, an address's hours, a fee item's standard):
   * the entry as it reads, and the attribute's name. `master` / `channel` are then the attribute's values.
   */
  entry?: string;
  attribute?: string;
  /** Path of the differing node inside the channel record, as specific as possible (e.g. ["timeLimit","promised"], ["materials", 3]). */
  channelPath: (string | number)[];
  /** Path of the corresponding node in the master record. */
  masterPath: (string | number)[];
}

type Path = (string | number)[];

/** The attributes of a list's entries compared where the channel shows them. */
const LIST_ATTRIBUTES = { materials: MATERIAL_ATTRIBUTES, address: ADDRESS_ATTRIBUTES, process: PROCESS_ATTRIBUTES } as const;

/** The master's side when it leaves a field empty. */
const EMPTY: Scalar = { key: "", display: "" };

// Optional texts a channel prints as 无 when the master leaves them empty.
const NONE_WORDS = new Set(["无"]);
const OPTIONAL_TEXTS = new Set<ComparedField>(["onSiteReason", "complaintPhone"]);

// Code-like fields a YAML file may hold as a number, which cannot keep leading zeros
// (`region: 510921` is fine, `baseCode: 000117600000` unquoted reads as 117600000).
const CODE_LIKE = new Set<ComparedField>(["baseCode", "region", "phone", "complaintPhone"]);

const stripZeros = (key: string) => {
  let i = 0;
  while (i < key.length - 1 && key[i] === "0") i++;
  return key.slice(i);
};

function sameScalar(field: ComparedField, master: FieldView | Scalar, channel: FieldView | Scalar): boolean {
  if (master.key === channel.key) return true;
  if (CODE_LIKE.has(field) && Boolean((master as FieldView).number) !== Boolean((channel as FieldView).number)) {
    return stripZeros(master.key) === stripZeros(channel.key);
  }
  return false;
}

/** Every field the channel record shows (besides code) compared with the master record; only real mismatches. */
export function compareRecords(master: Record<string, unknown>, channel: Record<string, unknown>): FieldMismatch[] {
  const out: FieldMismatch[] = [];
  if (!isRecord(master) || !isRecord(channel)) return out;
  for (const field of COMPARED_FIELDS) {
    if (!Object.hasOwn(channel, field) || isBlank(channel[field])) continue;
    const masterRaw = master[field];
    const masterView = isBlank(masterRaw) ? undefined : viewField(field, masterRaw);
    // Present in the master but unreadable there: the schema reports it; comparing would only echo that.
    if (!masterView && !isBlank(masterRaw)) continue;
    out.push(...compareViews(field, masterView, viewField(field, channel[field]), { masterHasNode: Object.hasOwn(master, field) }));
  }
  return out;
}

export interface CompareViewsOptions {
  /** The master record has the field's node (null or blank) though there is no view: paths point at it rather than at the record. */
  masterHasNode?: boolean;
}

/**
 * One field compared from its views (viewField of the master's value and of the channel's), so that
 * a caller can keep compact master views instead of whole records. `master` undefined: the master
 * leaves the field empty, and whatever the channel shows differs. Only what the channel shows is
 * compared (a material's form when the channel prints it…), which plain key equality cannot do.
 */
export function compareViews(
  field: ComparedField,
  master: FieldView | undefined,
  channel: FieldView | undefined,
  options: CompareViewsOptions = {},
): FieldMismatch[] {
  const out: FieldMismatch[] = [];
  if (!channel) return out;
  const emptyPath: Path = options.masterHasNode ? [field] : [];
  try {
    switch (field) {
      case "subjects":
      case "legalBasis":
      case "conditions":
        compareList(
          field,
          master?.entries ?? [],
          channel.entries ?? [],
          { unique: true, separator: field === "subjects" ? "、" : "；" },
          out,
          [field],
          master ? undefined : emptyPath,
        );
        break;
      case "materials":
      case "address":
      case "process":
        compareList(
          field,
          master?.entries ?? [],
          channel.entries ?? [],
          { attributes: LIST_ATTRIBUTES[field], separator: field === "process" ? "→" : "；" },
          out,
          [field],
          master ? undefined : emptyPath,
        );
        break;
      case "timeLimit":
        compareTimeLimit(master, channel, emptyPath, out);
        break;
      case "fee":
        compareFee(master?.fee, channel.fee, emptyPath, out);
        break;
      default: {
        let shown: Scalar = channel;
        if (!master && OPTIONAL_TEXTS.has(field) && NONE_WORDS.has(channel.key)) shown = { ...channel, key: "" };
        if (sameScalar(field, master ?? EMPTY, shown)) break;
        out.push({ field, master: master?.display ?? "", channel: channel.display, channelPath: [field], masterPath: master ? [field] : emptyPath });
      }
    }
  } catch {
    // A shape nothing above expected: that field is not compared.
  }
  return out;
}

interface ListOptions {
  /** Set semantics (subjects, legal bases): duplicates count once. Otherwise a multiset (materials, address). */
  unique?: boolean;
  /** Attributes of matched entries compared where the channel shows them. */
  attributes?: readonly string[];
  separator: string;
}

const entryPath = (base: Path, entry: Entry | undefined, ...rest: Path): Path => (entry?.index === undefined ? base : [...base, entry.index, ...rest]);

/**
 * A list compared as a set or multiset of normalised keys: one mismatch for the entries the channel
 * lacks or adds, then one per differing attribute of an entry both show.
 */
function compareList(
  field: ComparedField,
  masterEntries: Entry[],
  channel: Entry[],
  options: ListOptions,
  out: FieldMismatch[],
  base: Path,
  /** The path to report when the master has no such list at all. */
  masterAbsentPath?: Path,
): void {
  // Master entries by key, taken in list order as the channel's entries match them.
  const pool = new Map<string, { entries: Entry[]; next: number }>();
  for (const m of masterEntries) {
    const queue = pool.get(m.key);
    if (!queue) pool.set(m.key, { entries: [m], next: 0 });
    else if (!options.unique) queue.entries.push(m);
  }
  const matched = new Set<Entry>();
  const seen = new Set<string>(); // unique: keys the channel already showed
  const pairs: Array<[Entry, Entry]> = [];
  const extra: Entry[] = [];
  for (const c of channel) {
    if (options.unique) {
      if (seen.has(c.key)) continue; // a repeat counts once
      seen.add(c.key);
    }
    const queue = pool.get(c.key);
    const m = queue && queue.next < queue.entries.length ? queue.entries[queue.next++] : undefined;
    if (m) {
      pairs.push([m, c]);
      matched.add(m);
    } else {
      extra.push(c);
    }
  }
  const missing: Entry[] = [];
  const counted = new Set<string>();
  for (const m of masterEntries) {
    if (matched.has(m)) continue;
    if (options.unique) {
      if (counted.has(m.key) || seen.has(m.key)) continue;
      counted.add(m.key);
    }
    missing.push(m);
  }

  if (missing.length > 0 || extra.length > 0) {
    out.push({
      field,
      master: masterEntries.map((e) => e.display).join(options.separator),
      channel: channel.map((e) => e.display).join(options.separator),
      missing: missing.map((e) => e.display),
      extra: extra.map((e) => e.display),
      channelPath: extra.length === 1 ? entryPath(base, extra[0]) : base,
      masterPath: masterAbsentPath ?? (missing.length === 1 ? entryPath(base, missing[0]) : base),
    });
  }

  for (const attribute of options.attributes ?? []) {
    for (const [m, c] of pairs) {
      const shown = c.attrs?.[attribute];
      if (!shown) continue;
      const expected = m.attrs?.[attribute] ?? EMPTY;
      if (expected.key === shown.key) continue;
      out.push({
        field,
        master: expected.display,
        channel: shown.display,
        entry: c.display,
        attribute,
        channelPath: entryPath(base, c, attribute),
        masterPath: entryPath(base, m, attribute),
      });
    }
  }
}

function compareTimeLimit(master: FieldView | undefined, channel: FieldView, emptyPath: Path, out: FieldMismatch[]): void {
  const shownLimits = channel.limits ?? {};
  for (const kind of LIMIT_KINDS) {
    const shown = shownLimits[kind];
    if (!shown) continue;
    // The master has a timeLimit but this limit in it is missing or malformed: the schema's to report.
    if (master && !master.limits?.[kind]) continue;
    const expected = master?.limits?.[kind];
    if (expected && sameLimit(expected, shown)) continue;
    out.push({
      field: "timeLimit",
      master: expected?.display ?? "",
      channel: shown.display,
      channelPath: limitPath(kind, shown, expected),
      masterPath: expected ? limitPath(kind, expected, shown) : emptyPath,
    });
  }
}

/** ["timeLimit", kind], down to "value" or "unit" when the node is a { value, unit } mapping and only one of them differs. */
function limitPath(kind: LimitKind, node: LimitView, other: LimitView | undefined): Path {
  const path: Path = ["timeLimit", kind];
  if (!node.mapping || !other || node.kind !== "duration" || other.kind !== "duration" || node.value === 0 || other.value === 0) return path;
  if (node.value !== other.value && (node.unit === other.unit || other.unit === undefined)) return [...path, "value"];
  if (node.value === other.value && node.unit !== other.unit && other.unit !== undefined) return [...path, "unit"];
  return path;
}

const chargedDisplay = (fee: FeeView) => (fee.charged === false ? "不收费" : fee.charged === true ? "收费" : "");

/** The texts a channel may show for a charged master fee: its basis, an item's standard, or name and standard. */
function feeTexts(fee: FeeView): Set<string> {
  const texts = new Set<string>([normalizeText(feeDisplay(fee))]);
  if (fee.basis) texts.add(fee.basis.key);
  const items = fee.items ?? [];
  for (const item of items) {
    const standard = item.attrs?.standard?.key;
    if (standard === undefined) continue;
    texts.add(standard);
    texts.add(item.key + standard);
    texts.add(`${item.key}:${standard}`);
  }
  if (items.length > 0) {
    texts.add(items.map((i) => i.key + (i.attrs?.standard?.key ?? "")).join(""));
    texts.add(items.map((i) => (i.attrs?.standard ? `${i.key}:${i.attrs.standard.key}` : i.key)).join(";"));
  }
  return texts;
}

function compareFee(master: FeeView | undefined, channel: FeeView | undefined, emptyPath: Path, out: FieldMismatch[]): void {
  if (!channel) return;
  const channelNode = (sub: string): Path => (channel.chargedNode ? ["fee", sub] : ["fee"]);
  if (!master) {
    out.push({ field: "fee", master: "", channel: feeDisplay(channel), channelPath: ["fee"], masterPath: emptyPath });
    return;
  }

  if (channel.text) {
    // Text other than 收费/不收费: it says the fee is charged and is compared, as normalised text,
    // with what the master states (basis, an item's standard, or name and standard).
    const same = master.charged !== false && feeTexts(master).has(channel.text.key);
    if (!same) {
      out.push({
        field: "fee",
        master: feeDisplay(master),
        channel: channel.text.display,
        channelPath: ["fee"],
        masterPath: master.charged === false ? ["fee", "charged"] : ["fee"],
      });
    }
    return;
  }

  if (channel.charged !== undefined && master.charged !== channel.charged) {
    out.push({
      field: "fee",
      master: chargedDisplay(master),
      channel: channel.chargedDisplay ?? chargedDisplay(channel),
      channelPath: channelNode("charged"),
      masterPath: ["fee", "charged"],
    });
    return; // basis and items of a fee one side does not charge say nothing more
  }

  if (channel.basis) {
    const expected = master.basis ?? EMPTY;
    if (expected.key !== channel.basis.key) {
      out.push({
        field: "fee",
        master: expected.display,
        channel: channel.basis.display,
        attribute: "basis",
        channelPath: ["fee", "basis"],
        masterPath: ["fee", "basis"],
      });
    }
  }
  if (channel.items) {
    compareList("fee", master.items ?? [], channel.items, { attributes: ["standard"], separator: "；" }, out, ["fee", "items"]);
  }
}
