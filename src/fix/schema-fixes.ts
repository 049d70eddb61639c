// The safe fixes of `schema` findings, for the mistakes an export makes that the schema sees: an
// enumeration's Chinese label or synonym for its id (`level: 县级` → county), a time limit written
// as text (`legal: 20个工作日` → `{ value: 20, unit: working-day }`), a code left unquoted (YAML
// read it as a number; apply-fixes quotes it only when the digits as written are the code).
import { parseDuration } from "../time/duration.js";
import type { JsonPath, ValueFix } from "../vocabulary.js";
import { enumIdOf } from "./enum-synonyms.js";

/** Text fields whose values are digits an export leaves unquoted. */
const CODE_FIELDS: ReadonlySet<string> = new Set(["code", "baseCode", "region"]);

/** The enumeration a value at `path` belongs to: its key (a list entry: its list's key). */
function enumKind(path: JsonPath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === "string") return path[i] as string;
  return undefined;
}

/** The fix for a value the enum rejects, when its text is a label or synonym of an allowed id. */
export function enumFix(path: JsonPath, value: unknown, allowed: readonly unknown[]): ValueFix | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const kind = enumKind(path);
  const id = kind === undefined ? undefined : enumIdOf(kind, String(value));
  if (id === undefined) return undefined;
  const match = allowed.find((a) => String(a) === id);
  return match === undefined || match === value || (typeof match !== "string" && typeof match !== "number") ? undefined : { value: match };
}

const isTimeLimit = (path: JsonPath) => path.length === 2 && path[0] === "timeLimit" && (path[1] === "legal" || path[1] === "promised");

/** The fix for a value of the wrong type: a label of an integer enum, a duration text, an unquoted code. */
export function typeFix(path: JsonPath, value: unknown, expected: readonly string[]): ValueFix | undefined {
  const last = path.at(-1);
  if (typeof value === "string" && expected.includes("object") && isTimeLimit(path)) {
    const duration = parseDuration(value);
    if (duration === "none") return path[1] === "legal" && expected.includes("null") ? { value: null } : undefined;
    return duration && Number.isFinite(duration.value) ? { value: { value: duration.value, unit: duration.unit } } : undefined;
  }
  if (typeof value === "string" && expected.includes("integer") && typeof last === "string") {
    const id = enumIdOf(last, value);
    return id !== undefined && /^\d+$/u.test(id) ? { value: Number(id) } : undefined;
  }
  if (typeof value === "number" && expected.includes("string") && typeof last === "string" && CODE_FIELDS.has(last)) {
    return Number.isSafeInteger(value) && value >= 0 ? { value: String(value) } : undefined;
  }
  return undefined;
}
