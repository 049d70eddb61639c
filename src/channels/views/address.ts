// address: `{ place, street?, hours? }` or bare places, matched by normalised place (a multiset);
// street and hours compared where the channel shows them. Floors are text: 一楼 ≠ 二楼 ≠ 1楼.
import type { Entry } from "./field-view.js";
import { readNamedList } from "./named-list.js";
import { readText } from "./plain-text.js";

export const ADDRESS_ATTRIBUTES = ["street", "hours"] as const;

export function readAddress(value: unknown): Entry[] | undefined {
  return readNamedList(value, "place", ADDRESS_ATTRIBUTES, (_, v) => readText(v));
}
