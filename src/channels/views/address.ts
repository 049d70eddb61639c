// address: `{ place, street?, hours? }` or bare places, matched by normalised place (a multiset);
// street and hours compared where the channel shows them. Floors, windows and rooms read alike in
// Arabic and Chinese numerals (1楼 = 一楼, 3号窗口 = 三号窗口: guide-format.md); any other change of
// a floor survives (一楼 ≠ 二楼, 1楼 ≠ 1层).
import { parseChineseNumber } from "../../time/chinese-number.js";
import type { Entry, Scalar } from "./field-view.js";
import { readNamedList } from "./named-list.js";
import { readText } from "./plain-text.js";

export const ADDRESS_ATTRIBUTES = ["street", "hours"] as const;

// A Chinese numeral right before what a place counts: floors, windows, rooms, halls, buildings.
const COUNTED = /([零〇一二两三四五六七八九十百]{1,4})(?=楼|层|号|室|窗口|厅|栋|幢|单元|区)/gu;

/** The key with the numerals of floors, windows and rooms as Arabic digits. */
function placeKey(place: Scalar): Scalar {
  const key = place.key.replace(COUNTED, (numeral) => {
    const n = parseChineseNumber(numeral);
    return n === undefined ? numeral : String(n);
  });
  return key === place.key ? place : { ...place, key };
}

export function readAddress(value: unknown): Entry[] | undefined {
  return readNamedList(value, "place", ADDRESS_ATTRIBUTES, (attribute, v) => {
    const text = readText(v);
    return text && attribute === "street" ? placeKey(text) : text;
  })?.map((entry) => placeKey(entry) as Entry);
}
