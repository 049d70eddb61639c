// Records reach the rules even when they break the schema (so one bad field doesn't hide
// every other finding); these accessors let a rule look at a field without trusting its shape.

export type Rec = Record<string, unknown>;

export function isRecord(value: unknown): value is Rec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Rec | undefined {
  return isRecord(value) ? value : undefined;
}

export function asArray(value: unknown): unknown[] {
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

/** True for absent, null and blank-string values. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
