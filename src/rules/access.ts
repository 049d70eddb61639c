// Records reach the rules even when they break the schema (so one bad field doesn't hide
// every other finding); these accessors let a rule look at a field without trusting its shape.
// The channel views read snapshot records on the same terms and use them too.
import { onlySpaces } from "../text/normalize.js";

export type Rec = Record<string, unknown>;

export function isRecord(value: unknown): value is Rec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Rec | undefined {
  return isRecord(value) ? value : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The records of a list field, each with its index in the list (non-records are skipped). */
export function recordsOf(value: unknown): Array<[Rec, number]> {
  const out: Array<[Rec, number]> = [];
  asArray(value).forEach((entry, index) => {
    if (isRecord(entry)) out.push([entry, index]);
  });
  return out;
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * True for absent, null and blank-string values: a value that shows nothing. A string is blank
 * when it is only spaces as guide-format.md's normalisation counts them — ordinary, full-width
 * (U+3000), no-break, tabs, line breaks and the invisible U+200B / U+FEFF (String.prototype.trim
 * keeps U+200B, so a pasted zero-width space would otherwise pass for a written reason). A word
 * such as 无 is not blank: it says something (无 is "no limit" in a time limit, "free" in a fee).
 */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && onlySpaces(value));
}
