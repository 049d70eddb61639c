// What the material rules share of one record: each material's name and its comparison key.
// Four rules read every material's name (materials-duplicate, -vague, -cancelled-proof,
// -e-license) and each used to normalise it again; this reads and normalises them once per record.
import { matchKey } from "../lists/match.js";
import { asString, type Rec, recordsOf } from "./access.js";

export interface NamedMaterial {
  material: Rec;
  /** The material's index in `materials`. */
  index: number;
  /** `name` as written. */
  name: string;
  /** The name normalised (matchKey, guide-format.md's normalisation): "" when the name is blank. */
  key: string;
}

// Keyed by the `materials` list itself, so a record is never held past its run. The entries are
// checked against the list before they are reused (same length, same records, same names): a
// caller that edits a record between two checks (a test, an editor) gets fresh answers.
const memo = new WeakMap<readonly unknown[], readonly NamedMaterial[]>();

/** The materials that are records with a text name, in list order (others are the schema's findings). */
export function namedMaterials(item: Rec): readonly NamedMaterial[] {
  const list = item.materials;
  if (!Array.isArray(list)) return [];
  const cached = memo.get(list);
  if (cached && stillDescribes(cached, list)) return cached;
  const named: NamedMaterial[] = [];
  for (const [material, index] of recordsOf(list)) {
    const name = asString(material.name);
    if (name !== undefined) named.push({ material, index, name, key: matchKey(name) });
  }
  memo.set(list, named);
  return named;
}

function stillDescribes(named: readonly NamedMaterial[], list: readonly unknown[]): boolean {
  let expected = 0;
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    const name = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? (entry as Rec).name : undefined;
    if (typeof name !== "string") continue;
    const seen = named[expected++];
    if (seen === undefined || seen.material !== entry || seen.index !== i || seen.name !== name) return false;
  }
  return expected === named.length;
}
