// How a fix's value reads as YAML source: the one-line flow mapping a duration becomes
// (`{ value: 20, unit: working-day }`), as a maintainer would type it. apply-fixes reads the
// result back and refuses it unless it parses as exactly the value.
import type { FixScalar, FixValue } from "../vocabulary.js";

// Text that reads back as itself unquoted inside a flow mapping: no indicator, no YAML keyword or number.
const PLAIN = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;
const RESERVED = /^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/iu;

function scalarText(value: FixScalar): string {
  if (typeof value !== "string") return String(value);
  return PLAIN.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}

/** `{ value: 20, unit: working-day }`. */
export function flowText(value: { readonly [key: string]: FixScalar }): string {
  const pairs = Object.entries(value).map(([key, v]) => `${scalarText(key)}: ${scalarText(v)}`);
  return pairs.length === 0 ? "{}" : `{ ${pairs.join(", ")} }`;
}

/** A fix's value as the messages and the annotated workbook quote it. */
export function fixValueText(value: FixValue): string {
  return value !== null && typeof value === "object" ? flowText(value) : String(value);
}
